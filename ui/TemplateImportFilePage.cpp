#include "TemplateImportFilePage.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include "FileDialogs.h"
#include "TemplateImportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateImportFilePage::TemplateImportFilePage(TemplateImportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateFilePage"_s);
    setTitle(tr("Choose the template"));
    setSubTitle(tr("A template creates DBs in production with the fields, links and settings it holds; it holds "
                   "no records. Nothing is changed until you confirm on the last step."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"templateFileEdit"_s);
    m_path->setPlaceholderText(tr("Path of a template file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"templateFileBrowse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&Template:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    m_info = new QLabel(this);
    m_info->setObjectName(u"templateFileInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(u"templateFileError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &TemplateImportFilePage::read);
    connect(m_path, &QLineEdit::textChanged, this, &TemplateImportFilePage::scheduleRead);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_typing->isActive())
            read();
    });
    connect(m_browse, &QPushButton::clicked, this, &TemplateImportFilePage::browse);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<TemplateDocument>>::finished, this,
            &TemplateImportFilePage::onRead);

    if (!m_state->catalogError.isEmpty()) {
        showError(m_state->catalogError);
        m_path->setEnabled(false);
        m_browse->setEnabled(false);
    }
}

TemplateImportFilePage::~TemplateImportFilePage()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool TemplateImportFilePage::isComplete() const
{
    return m_state->document.has_value() && !isReading() && !m_typing->isActive();
}

void TemplateImportFilePage::browse()
{
    QString start = m_path->text().trimmed();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    FileDialogs::openFile(this, tr("Load Template"), start, tr("Rewind templates (*.zip);;All files (*)"),
                          [this](const QString &path) {
                              m_path->setText(QDir::toNativeSeparators(path));
                              read();
                          });
}

void TemplateImportFilePage::scheduleRead()
{
    m_state->document.reset();
    m_typing->start();
    emit completeChanged();
}

void TemplateImportFilePage::read()
{
    m_typing->stop();
    m_state->document.reset();
    m_state->file = QDir::fromNativeSeparators(m_path->text().trimmed());
    emit completeChanged();
    if (m_state->file.isEmpty()) {
        m_info->clear();
        showError(m_state->catalogError);
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true; // read again with the newest path once this one is back
        return;
    }
    m_pending = false;
    m_info->setText(tr("Reading the template…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString file = m_state->file;
    m_watcher.setFuture(runTask<TemplateDocument>(
        m_cancel, [file](const auto &, const auto *) { return TemplateDocument::read(file); }));
}

void TemplateImportFilePage::onRead()
{
    const TaskOutcome<TemplateDocument> outcome = m_watcher.result();
    if (m_pending) {
        read();
        return;
    }
    if (!outcome.ok()) {
        m_state->document.reset();
        m_info->clear();
        showError(outcome.error.message);
        emit completeChanged();
        return;
    }
    const TemplateDocument &doc = *outcome.value;
    m_state->document = doc;
    // Choices made for another template do not carry over: its keys mean other DBs.
    m_state->conflicts.clear();
    m_state->renames.clear();
    m_state->links.clear();
    showError({});
    QStringList names;
    for (const TemplateDb &db : doc.dbs)
        names.append(db.name);
    const auto source = EnvironmentId::parse(doc.sourceEnvironment);
    const QString from = !source                  ? doc.sourceEnvironment
                         : source->isProduction() ? tr("production")
                                                  : tr("the %1 generation").arg(weekdayName(source->slot()));
    m_info->setText(tr("DBs in this template (%1): %2\nTaken from %3 of the workspace \"%4\" on %5 (Rewind %6).")
                        .arg(QString::number(names.size()), names.join(u", "_s), from, doc.sourceWorkspace,
                             doc.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), doc.appVersion));
    emit completeChanged();
}

void TemplateImportFilePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Rewind
