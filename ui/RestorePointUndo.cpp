#include "RestorePointUndo.h"
#include "ConsoleUser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "transfer/CsvImporter.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

RestorePointUndo::RestorePointUndo(const QString &name, DataDir dir, QWidget *parent)
    : QWidget(parent), m_dir(std::move(dir))
{
    setObjectName(name);
    m_button = new QPushButton(this);
    m_button->setObjectName(name + u"Button"_s);
    m_button->setToolTip(tr("Brings production back to the restore point taken just before the change."));
    connect(m_button, &QPushButton::clicked, this, &RestorePointUndo::ask);
    m_status = new QLabel(this);
    m_status->setObjectName(name + u"Status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_progress = new TaskProgress(name + u"Progress"_s, TaskOutcome<QString>::kProgressSteps, this);
    m_progress->setCancellable(false); // a restore is one step: it cannot stop half-way

    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addWidget(m_progress, 1);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<QString>>::finished, this, &RestorePointUndo::onFinished);
    hide();
}

RestorePointUndo::~RestorePointUndo()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RestorePointUndo::offer(const QString &restorePoint, const Texts &texts)
{
    m_restorePoint = restorePoint;
    m_texts = texts;
    m_button->setText(texts.button);
    m_button->setEnabled(!restorePoint.isEmpty());
    m_status->hide();
    m_status->setStyleSheet(QString());
    setVisible(!restorePoint.isEmpty());
}

void RestorePointUndo::reset()
{
    if (isRunning())
        return;
    m_restorePoint.clear();
    m_status->hide();
    hide();
}

void RestorePointUndo::ask()
{
    if (isRunning() || m_restorePoint.isEmpty())
        return;
    MessageBoxes::question(this, m_button->text().remove(u'&'), m_texts.question.arg(m_restorePoint),
                           QMessageBox::Yes | QMessageBox::No, [this](QMessageBox::StandardButton button) {
                               if (button == QMessageBox::Yes)
                                   undo();
                           });
}

void RestorePointUndo::undo()
{
    if (isRunning())
        return;
    const DataDir dir = m_dir;
    const QString restorePoint = m_restorePoint;
    m_status->hide();
    m_button->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(runTask<QString>(
        m_cancel, [user = ConsoleUser::session(), dir, restorePoint](const auto &, const auto *) -> Result<QString> {
            if (Status status = CsvImporter(dir, Clock::system(), user).undo(restorePoint); !status)
                return status.error();
            return restorePoint;
        }));
    m_progress->start(tr("Bringing production back…"));
    emit runningChanged(true);
}

void RestorePointUndo::onFinished()
{
    m_progress->finish();
    const TaskOutcome<QString> outcome = m_watcher.result();
    if (!outcome.ok()) {
        m_status->setText(tr("Production could not be brought back: %1").arg(outcome.error.message));
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        m_status->show();
        m_button->setEnabled(true);
        emit runningChanged(false);
        return;
    }
    m_status->setText(m_texts.done.arg(*outcome.value));
    m_status->setStyleSheet(QString());
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->show();
    emit runningChanged(false);
    emit undone(*outcome.value);
}

} // namespace Rewind
