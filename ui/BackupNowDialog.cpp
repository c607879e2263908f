#include "BackupNowDialog.h"
#include "WizardLabels.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kErrorStyle = u"color: #b3261e;"_s;

QDateEdit *dateEdit(const QString &name, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s); // unambiguous in both languages
    // Room for the whole date and the popup arrow, whatever the style's size hint assumed.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 48);
    return edit;
}

} // namespace

BackupNowDialog::BackupNowDialog(DataDir dir, const Clock &clock, Session session, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(session))
{
    setObjectName(u"backupNowDialog"_s);
    m_form = new QWidget(this);

    auto *what = new QGroupBox(m_form);
    what->setObjectName(u"backupWhatGroup"_s);
    m_full = new QRadioButton(what);
    m_full->setObjectName(u"backupFullRadio"_s);
    m_fullNote = WizardLabels::text(u"backupFullNote"_s, what);
    m_custom = new QRadioButton(what);
    m_custom->setObjectName(u"backupCustomRadio"_s);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_full);
    kinds->addButton(m_custom);

    const QDate today = m_clock.now().toLocalTime().date();
    m_from = dateEdit(u"backupFrom"_s, today.addDays(-6), what);
    m_to = dateEdit(u"backupTo"_s, today, what);
    m_fromLabel = new QLabel(what);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(what);
    m_toLabel->setBuddy(m_to);
    m_rangeLine = WizardLabels::text(u"backupRangeLine"_s, what);
    m_split = new QCheckBox(what);
    m_split->setObjectName(u"backupSplitCheck"_s);

    // The notes line up with the radio buttons' text, under the option they explain.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto *fullDetails = new QVBoxLayout;
    fullDetails->setContentsMargins(indent, 0, 0, 0);
    fullDetails->addWidget(m_fullNote);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto *customDetails = new QVBoxLayout;
    customDetails->setContentsMargins(indent, 0, 0, 0);
    customDetails->addLayout(dates);
    customDetails->addWidget(m_rangeLine);
    customDetails->addWidget(m_split);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_full);
    whatLayout->addLayout(fullDetails);
    whatLayout->addSpacing(6);
    whatLayout->addWidget(m_custom);
    whatLayout->addLayout(customDetails);

    m_encoding = new QComboBox(m_form);
    m_encoding->setObjectName(u"backupEncodingCombo"_s);
    for (CsvEncoding e : {CsvEncoding::Utf8Bom, CsvEncoding::Cp932})
        m_encoding->addItem(csvEncodingName(e), int(e));
    m_encodingLabel = new QLabel(m_form);
    m_encodingLabel->setBuddy(m_encoding);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch(1);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(what);
    formLayout->addLayout(encodingRow);

    m_progress = new TaskProgress(u"backupProgress"_s, TaskOutcome<ArchiveInfo>::kProgressSteps, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        m_queue.clear(); // the pieces not started yet are not made either
        if (m_cancel)
            m_cancel->store(true);
    });
    m_stage = WizardLabels::text(u"backupStage"_s, this);
    m_stage->hide();
    m_error = WizardLabels::text(u"backupError"_s, this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"backupCreateButton"_s);
    m_create->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"backupCloseButton"_s);
    // The button box's accepted() would close the dialog at once: Create is wired by hand.
    connect(m_create, &QPushButton::clicked, this, &BackupNowDialog::startCreate);
    connect(m_close, &QPushButton::clicked, this, &BackupNowDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_full, &QRadioButton::toggled, this, &BackupNowDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &BackupNowDialog::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &BackupNowDialog::updateState);
    connect(m_split, &QCheckBox::toggled, this, &BackupNowDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<ArchiveInfo>>::progressValueChanged, m_progress,
            &TaskProgress::setValue);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<ArchiveInfo>>::finished, this, &BackupNowDialog::onFinished);

    loadPolicy();
    // A full archive is the usual choice; during its cooldown a custom range is the one that can run.
    (m_fullRefusal.isEmpty() ? m_full : m_custom)->setChecked(true);
    retranslateUi();
    setMinimumWidth(560);
}

BackupNowDialog::~BackupNowDialog()
{
    if (m_running) {
        // The worker reads the clock and posts its stage here: stop it and let it finish first. It checks
        // the flag between rows, and removes its partial file itself.
        m_queue.clear();
        if (m_cancel)
            m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

void BackupNowDialog::loadPolicy()
{
    const ArchiveService service(m_dir, m_clock, m_actor);
    auto policy = service.policy();
    if (policy.ok())
        m_policy = policy.value();
    else
        showError(policy.error().message);
    const Status full = service.check(ArchiveRequest{ArchiveKind::Full, {}, {}, CsvEncoding::Utf8Bom});
    m_fullRefusal = full.ok() ? QString() : full.error().message;
}

QList<ArchiveRequest> BackupNowDialog::requests() const
{
    ArchiveRequest request;
    request.encoding = CsvEncoding(m_encoding->currentData().toInt());
    if (m_full->isChecked()) {
        request.kind = ArchiveKind::Full;
        return {request};
    }
    request.kind = ArchiveKind::Custom;
    request.from = m_from->date();
    request.to = m_to->date();
    if (request.to < request.from)
        return {};
    const qint64 days = request.from.daysTo(request.to) + 1;
    if (days <= m_policy.maxRangeDays)
        return {request};
    if (!m_split->isChecked())
        return {};
    QList<ArchiveRequest> pieces;
    for (const auto &[from, to] : ArchiveService::splitRange(request.from, request.to, m_policy.maxRangeDays)) {
        ArchiveRequest piece = request;
        piece.from = from;
        piece.to = to;
        pieces.append(piece);
    }
    return pieces;
}

void BackupNowDialog::updateState()
{
    const bool running = m_running;
    const bool custom = m_custom->isChecked();
    m_form->setEnabled(!running);
    m_close->setEnabled(!running);

    if (m_fullRefusal.isEmpty()) {
        m_fullNote->setText(tr("Allowed now. After it, the next full archive is allowed %1 days later.")
                                .arg(m_policy.fullCooldownDays));
        m_fullNote->setStyleSheet(QString());
    } else {
        m_fullNote->setText(m_fullRefusal); // core's words, with the date the next one is allowed
        m_fullNote->setStyleSheet(m_full->isChecked() ? kErrorStyle : QString());
    }

    m_fromLabel->setEnabled(custom);
    m_from->setEnabled(custom);
    m_toLabel->setEnabled(custom);
    m_to->setEnabled(custom);
    m_rangeLine->setEnabled(custom);

    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const qint64 days = from.daysTo(to) + 1;
    const bool tooLong = to >= from && days > m_policy.maxRangeDays;
    QList<std::pair<QDate, QDate>> pieces;
    if (to < from) {
        m_rangeLine->setText(tr("The end date lies before the start date."));
    } else if (!tooLong) {
        m_rangeLine->setText(days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    } else {
        pieces = ArchiveService::splitRange(from, to, m_policy.maxRangeDays);
        // Month and day suffice within one year; across a year boundary every date gets its year.
        const QString format = from.year() == to.year() ? u"MM-dd"_s : u"yyyy-MM-dd"_s;
        QStringList parts;
        for (const auto &[a, b] : pieces)
            parts.append(a.toString(format) + u'–' + b.toString(format));
        m_rangeLine->setText(tr("%1 days — more than %2: split into %3 archives: %4")
                                 .arg(days)
                                 .arg(m_policy.maxRangeDays)
                                 .arg(pieces.size())
                                 .arg(parts.join(u", "_s)));
    }
    m_rangeLine->setStyleSheet(custom && (to < from || (tooLong && !m_split->isChecked())) ? kErrorStyle : QString());
    m_split->setVisible(custom && tooLong);
    if (tooLong)
        m_split->setText(tr("&Split: create the %1 archives one after another").arg(pieces.size()));

    const QList<ArchiveRequest> planned = requests();
    m_create->setText(planned.size() > 1 ? tr("C&reate %1 archives").arg(planned.size()) : tr("C&reate archive"));
    m_create->setEnabled(!running && !planned.isEmpty());
    if (custom && tooLong && !m_split->isChecked())
        m_create->setToolTip(
            tr("An archive covers at most %1 days: shorten the range or tick \"Split\".").arg(m_policy.maxRangeDays));
    else
        m_create->setToolTip(QString());
}

QString BackupNowDialog::requestText(const ArchiveRequest &request) const
{
    if (request.kind == ArchiveKind::Full)
        return tr("Creating the full archive…");
    const QString range = request.from.toString(Qt::ISODate) + u" – "_s + request.to.toString(Qt::ISODate);
    if (m_pieces > 1)
        return tr("Creating archive %1 of %2 (%3)…").arg(m_made.size() + 1).arg(m_pieces).arg(range);
    return tr("Creating the archive of %1…").arg(range);
}

void BackupNowDialog::startCreate()
{
    if (m_running)
        return;
    const QList<ArchiveRequest> planned = requests();
    if (planned.isEmpty())
        return;
    m_error->hide();
    // The policy check is quick (no records are counted): refuse at once, in core's words, before anything runs.
    const ArchiveService service(m_dir, m_clock, m_actor);
    for (const ArchiveRequest &request : planned) {
        if (const Status st = service.check(request); !st) {
            MessageBoxes::warning(this, tr("Backup now"), st.error().message);
            return;
        }
    }
    m_queue = planned;
    m_pieces = int(planned.size());
    m_made.clear();
    runNext();
}

void BackupNowDialog::runNext()
{
    const ArchiveRequest request = m_queue.takeFirst();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    const Session actor = m_actor;
    // The destructor waits for the worker, so posting the stage to `self` never outlives the dialog.
    BackupNowDialog *self = this;
    m_watcher.setFuture(runTask<ArchiveInfo>(
        m_cancel, [dir, clock, actor, request, self](const auto &progress, const std::atomic_bool *cancel) {
            ArchiveService service(dir, *clock, actor);
            service.setCancelFlag(cancel);
            QString lastStage;
            service.setProgress([&](qint64 done, qint64 total, const QString &stage) {
                progress(done, total);
                if (stage == lastStage)
                    return;
                lastStage = stage;
                QMetaObject::invokeMethod(
                    self,
                    [self, stage] {
                        self->m_stage->setText(stage);
                        self->m_stage->setVisible(self->m_running);
                    },
                    Qt::QueuedConnection);
            });
            return service.create(request);
        }));
    m_running = true;
    m_progress->start(requestText(request));
    updateState();
}

void BackupNowDialog::onFinished()
{
    m_running = false;
    m_progress->finish();
    m_stage->clear();
    m_stage->hide();
    const TaskOutcome<ArchiveInfo> outcome = m_watcher.result();
    if (outcome.ok()) {
        m_made.append(*outcome.value);
        emit archiveCreated(*outcome.value);
        if (!m_queue.isEmpty()) {
            runNext();
            return;
        }
        if (m_made.size() < m_pieces) {
            // Cancel came as one piece finished: what is made stays, the rest was not started.
            QStringList ids;
            for (const ArchiveInfo &a : std::as_const(m_made))
                ids.append(a.id);
            loadPolicy();
            showError(tr("%1 of %2 archives are ready (%3); the rest were cancelled.")
                          .arg(m_made.size())
                          .arg(m_pieces)
                          .arg(ids.join(u", "_s)));
            updateState();
            return;
        }
        updateState();
        emit allCreated(m_made);
        accept();
        return;
    }
    m_queue.clear();
    QString message = outcome.error.message;
    if (outcome.cancelled() && message.isEmpty())
        message = tr("The backup was cancelled; nothing was kept.");
    if (!m_made.isEmpty()) {
        QStringList ids;
        for (const ArchiveInfo &a : std::as_const(m_made))
            ids.append(a.id);
        message = tr("%1 of %2 archives are ready (%3); the next one was not made: %4")
                      .arg(m_made.size())
                      .arg(m_pieces)
                      .arg(ids.join(u", "_s), message);
    }
    loadPolicy(); // a full archive made meanwhile (here or by rewindctl) starts its cooldown
    showError(message);
    updateState();
}

void BackupNowDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void BackupNowDialog::reject()
{
    if (m_running) {
        // Escape or the window's close button while writing: stop the archive, keep the dialog.
        m_queue.clear();
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

void BackupNowDialog::retranslateUi()
{
    setWindowTitle(tr("Backup now"));
    if (auto *group = findChild<QGroupBox *>(u"backupWhatGroup"_s))
        group->setTitle(tr("What to archive"));
    m_full->setText(tr("&Full: every record of every DB"));
    m_full->setToolTip(tr("A manual full archive is allowed at most every %1 days.").arg(m_policy.fullCooldownDays));
    m_custom->setText(tr("C&ustom: records created or updated in a date range"));
    m_custom->setToolTip(tr("A date range of at most %1 days, both days included. A longer range is made as "
                            "several archives.")
                             .arg(m_policy.maxRangeDays));
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("&To:"));
    m_encodingLabel->setText(tr("&Encoding of the CSV files:"));
    m_encoding->setItemText(0, csvEncodingName(CsvEncoding::Utf8Bom));
    m_encoding->setItemText(1, csvEncodingName(CsvEncoding::Cp932));
    m_encoding->setToolTip(tr("Excel opens UTF-8 with BOM directly. Choose Shift_JIS for older Japanese systems; a "
                              "character Shift_JIS cannot hold stops the archive with a message naming it."));
    updateState();
}

void BackupNowDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (!m_running)
            loadPolicy(); // core's cooldown message in the new language
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Rewind
