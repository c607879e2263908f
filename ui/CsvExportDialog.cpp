#include "CsvExportDialog.h"
#include "ConsoleUser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "FieldPicker.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "backup/GenerationStore.h"
#include "workspace/Environments.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{

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

CsvExportDialog::CsvExportDialog(DataDir dir, Browser browser, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_browser(std::move(browser))
{
    setObjectName(u"csvExportDialog"_s);
    setWindowTitle(tr("Export CSV"));
    m_form = new QWidget(this);

    m_env = new QComboBox(m_form);
    m_env->setObjectName(u"exportEnvCombo"_s);
    m_db = new QComboBox(m_form);
    m_db->setObjectName(u"exportDbCombo"_s);

    auto *scopeBox = new QGroupBox(tr("Records"), m_form);
    scopeBox->setObjectName(u"exportScopeGroup"_s);
    m_scopeAll = new QRadioButton(tr("&All records"), scopeBox);
    m_scopeAll->setObjectName(u"exportScopeAll"_s);
    m_scopeSearch = new QRadioButton(scopeBox);
    m_scopeSearch->setObjectName(u"exportScopeSearch"_s);
    m_scopeSelection = new QRadioButton(scopeBox);
    m_scopeSelection->setObjectName(u"exportScopeSelection"_s);
    m_scopeDates = new QRadioButton(tr("Records &dated"), scopeBox);
    m_scopeDates->setObjectName(u"exportScopeDates"_s);
    m_scopes = new QButtonGroup(this);
    m_scopes->addButton(m_scopeAll, int(Scope::All));
    m_scopes->addButton(m_scopeSearch, int(Scope::Search));
    m_scopes->addButton(m_scopeSelection, int(Scope::Selection));
    m_scopes->addButton(m_scopeDates, int(Scope::Dates));
    m_scopeAll->setChecked(true);
    m_dateKind = new QComboBox(scopeBox);
    m_dateKind->setObjectName(u"exportDateKind"_s);
    m_dateKind->addItem(tr("last updated"));
    m_dateKind->addItem(tr("created"));
    const QDate today = QDate::currentDate();
    m_dateFrom = dateEdit(u"exportDateFrom"_s, today.addDays(-7), scopeBox);
    m_dateTo = dateEdit(u"exportDateTo"_s, today, scopeBox);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_scopeDates);
    dateRow->addWidget(m_dateKind);
    auto *fromLabel = new QLabel(tr("from"), scopeBox);
    fromLabel->setBuddy(m_dateFrom);
    dateRow->addWidget(fromLabel);
    dateRow->addWidget(m_dateFrom);
    auto *toLabel = new QLabel(tr("to"), scopeBox);
    toLabel->setBuddy(m_dateTo);
    dateRow->addWidget(toLabel);
    dateRow->addWidget(m_dateTo);
    dateRow->addStretch(1);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scopeAll);
    scopeLayout->addWidget(m_scopeSearch);
    scopeLayout->addWidget(m_scopeSelection);
    scopeLayout->addLayout(dateRow);

    auto *fieldsBox = new QGroupBox(tr("Fields"), m_form);
    m_fields = new FieldPicker(fieldsBox);
    m_recordId = new QCheckBox(tr("&Record ID as the first column"), fieldsBox);
    m_recordId->setObjectName(u"exportRecordIdColumn"_s);
    m_recordId->setChecked(true);
    m_recordId->setToolTip(tr("Keep this on to import the file back later: the record IDs let the import update "
                              "the same records and re-register deleted ones with their original IDs, so links "
                              "from other DBs point at them again."));
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->addWidget(m_fields, 1);
    fieldsLayout->addWidget(m_recordId);

    m_encoding = new QComboBox(m_form);
    m_encoding->setObjectName(u"exportEncodingCombo"_s);
    for (CsvEncoding e : {CsvEncoding::Utf8Bom, CsvEncoding::Utf8, CsvEncoding::Cp932})
        m_encoding->addItem(csvEncodingName(e), int(e));
    m_encoding->setToolTip(tr("Excel opens UTF-8 with BOM directly. Choose Shift_JIS for older Japanese systems; "
                              "a character Shift_JIS cannot hold stops the export with a message naming the "
                              "record and field."));
    m_formulaGuard = new QCheckBox(tr("&Formula guard"), m_form);
    m_formulaGuard->setObjectName(u"exportFormulaGuard"_s);
    m_formulaGuard->setChecked(true);
    m_formulaGuard->setToolTip(tr("Cells that start with =, +, -, @, a tab or a line break get a leading apostrophe, "
                                  "so a spreadsheet shows them as text instead of running them as formulas. "
                                  "Rewind removes the apostrophe again when the file is imported."));

    m_path = new QLineEdit(m_form);
    m_path->setObjectName(u"exportPathEdit"_s);
    m_path->setMinimumWidth(360);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &CsvExportDialog::updateButtons);
    m_browse = new QPushButton(tr("&Browse…"), m_form);
    m_browse->setObjectName(u"exportBrowseButton"_s);
    connect(m_browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_env);
    form->addRow(tr("D&B:"), m_db);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(scopeBox);
    formLayout->addWidget(fieldsBox, 1);
    auto *output = new QFormLayout;
    output->addRow(tr("E&ncoding:"), m_encoding);
    output->addRow(QString(), m_formulaGuard);
    auto *pathLabel = new QLabel(tr("&Save to:"), m_form);
    pathLabel->setBuddy(m_path);
    output->addRow(pathLabel, pathRow);
    formLayout->addLayout(output);

    m_progress = new TaskProgress(u"exportProgress"_s, TaskOutcome<CsvExportResult>::kProgressSteps, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    m_result = new QLabel(this);
    m_result->setObjectName(u"exportResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"exportError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"exportCloseButton"_s);
    connect(m_export, &QPushButton::clicked, this, &CsvExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &CsvExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_env, &QComboBox::currentIndexChanged, this, &CsvExportDialog::onEnvironmentChanged);
    connect(m_db, &QComboBox::currentIndexChanged, this, &CsvExportDialog::onDbChanged);
    connect(m_scopes, &QButtonGroup::idToggled, this, &CsvExportDialog::updateScopes);
    connect(m_fields, &FieldPicker::changed, this, &CsvExportDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<CsvExportResult>>::progressValueChanged, m_progress,
            &TaskProgress::setValue);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<CsvExportResult>>::finished, this, &CsvExportDialog::onFinished);

    fillEnvironments();
    resize(640, 720);
}

CsvExportDialog::~CsvExportDialog()
{
    // The worker stops at its next check and removes its temporary file; nothing here waits for it.
    if (m_cancel)
        m_cancel->store(true);
}

void CsvExportDialog::fillEnvironments()
{
    const QSignalBlocker blocker(m_env);
    m_env->clear();
    m_env->addItem(EnvironmentId::production().displayName(), EnvironmentId::production().key());
    for (const GenerationInfo &info : GenerationStore(m_dir).list()) {
        const EnvironmentId env = EnvironmentId::generation(info.slot);
        if ((info.state != SlotState::Ready && info.state != SlotState::Writing) || !info.manifest) {
            if (env != m_browser.env)
                continue;
        }
        const QString taken =
            info.manifest ? info.manifest->takenAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
        m_env->addItem(taken.isEmpty() ? tr("%1 generation").arg(weekdayName(info.slot))
                                       : tr("%1 generation (%2)").arg(weekdayName(info.slot), taken),
                       env.key());
    }
    m_env->setCurrentIndex(std::max(0, m_env->findData(m_browser.env.key())));
    onEnvironmentChanged();
}

EnvironmentId CsvExportDialog::currentEnv() const
{
    return EnvironmentId::parse(m_env->currentData().toString()).value_or(EnvironmentId::production());
}

bool CsvExportDialog::matchesBrowser() const
{
    return currentEnv() == m_browser.env && m_db->currentText() == m_browser.db;
}

void CsvExportDialog::onEnvironmentChanged()
{
    const QString previous = m_db->count() > 0 ? m_db->currentText() : m_browser.db;
    m_error->hide();
    auto catalog = Environments::loadCatalog(m_dir, ConsoleUser::session(), currentEnv());
    m_catalog = catalog.ok() ? catalog.value() : Catalog{};
    {
        const QSignalBlocker blocker(m_db);
        m_db->clear();
        for (const DbDef &db : m_catalog.dbs)
            m_db->addItem(db.name);
        m_db->setCurrentIndex(std::max(0, m_db->findText(previous)));
    }
    if (!catalog.ok())
        showError(catalog.error().message);
    onDbChanged();
}

void CsvExportDialog::onDbChanged()
{
    const DbDef *db = m_catalog.dbByName(m_db->currentText());
    QStringList names;
    if (db) {
        for (const FieldDef &f : db->fields)
            names.append(f.name);
    }
    m_fields->setFields(names);
    if (!m_pathEdited)
        m_path->setText(db ? suggestedPath() : QString());
    updateScopes();
}

void CsvExportDialog::updateScopes()
{
    const bool browser = matchesBrowser();
    const bool searchOk = browser && !m_browser.search.isEmpty();
    if (searchOk)
        m_scopeSearch->setText(tr("Records matching the current &search: “%1”").arg(m_browser.search));
    else if (!browser)
        m_scopeSearch->setText(tr("Records matching the current &search (only for the DB shown in the browser)"));
    else
        m_scopeSearch->setText(tr("Records matching the current &search (no search is applied)"));
    m_scopeSearch->setEnabled(searchOk);

    const qint64 ids = m_browser.selectedIds.size();
    const bool selectionOk = browser && ids > 0;
    const QString n = QLocale().toString(ids);
    if (!browser)
        m_scopeSelection->setText(tr("The s&elected records (only for the DB shown in the browser)"));
    else if (ids == 0)
        m_scopeSelection->setText(tr("The s&elected records (none are selected)"));
    else if (m_browser.selectedRows > ids)
        m_scopeSelection->setText(tr("The s&elected records: %1 of %2 selected rows; rows not loaded yet are left out")
                                      .arg(n, QLocale().toString(m_browser.selectedRows)));
    else
        m_scopeSelection->setText(tr("The s&elected records (%1)").arg(n));
    m_scopeSelection->setEnabled(selectionOk);

    if (!m_scopes->checkedButton() || !m_scopes->checkedButton()->isEnabled())
        m_scopeAll->setChecked(true);
    const bool dates = m_scopeDates->isChecked();
    m_dateKind->setEnabled(dates);
    m_dateFrom->setEnabled(dates);
    m_dateTo->setEnabled(dates);
    updateButtons();
}

void CsvExportDialog::updateButtons()
{
    const bool running = m_watcher.isRunning();
    m_form->setEnabled(!running);
    m_close->setEnabled(!running);
    m_export->setEnabled(!running && m_catalog.dbByName(m_db->currentText()) && !m_fields->checkedFields().isEmpty() &&
                         !m_path->text().trimmed().isEmpty());
}

QString CsvExportDialog::suggestedPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    if (!m_path->text().isEmpty())
        folder = QFileInfo(m_path->text()).absolutePath();
    return QDir(folder).filePath(CsvExporter::fileNameFor(m_db->currentText() + u'-' + currentEnv().key()));
}

void CsvExportDialog::browse()
{
    const QString start = m_path->text().trimmed().isEmpty() ? suggestedPath() : m_path->text().trimmed();
    FileDialogs::saveFile(this, tr("Export CSV"), start, tr("CSV files (*.csv);;All files (*)"),
                          [this](const QString &path) {
                              m_path->setText(QDir::toNativeSeparators(path));
                              m_pathEdited = true;
                          });
}

CsvExportOptions CsvExportDialog::options() const
{
    CsvExportOptions o;
    o.env = currentEnv();
    o.db = m_db->currentText();
    o.fields = m_fields->checkedFields();
    o.recordIdColumn = m_recordId->isChecked();
    o.encoding = CsvEncoding(m_encoding->currentData().toInt());
    o.formulaGuard = m_formulaGuard->isChecked();
    o.outPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    switch (Scope(m_scopes->checkedId())) {
    case Scope::All:
        break;
    case Scope::Search:
        o.search = m_browser.search;
        break;
    case Scope::Selection:
        o.recordIds = m_browser.selectedIds;
        break;
    case Scope::Dates:
        if (m_dateKind->currentIndex() == 0) {
            o.updatedFrom = m_dateFrom->date();
            o.updatedTo = m_dateTo->date();
        } else {
            o.createdFrom = m_dateFrom->date();
            o.createdTo = m_dateTo->date();
        }
        break;
    }
    return o;
}

void CsvExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    m_result->hide();
    m_error->hide();
    const CsvExportOptions o = options();
    if (m_scopeDates->isChecked() && m_dateFrom->date() > m_dateTo->date()) {
        showError(tr("The date range ends before it starts. Choose a \"to\" date on or after the \"from\" date."));
        return;
    }
    if (QFileInfo(o.outPath).isDir()) {
        showError(tr("%1 is a folder. Choose a file name.").arg(QDir::toNativeSeparators(o.outPath)));
        return;
    }
    if (!QFileInfo::exists(o.outPath)) {
        run(o);
        return;
    }
    MessageBoxes::question(this, tr("Export CSV"),
                           tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(o.outPath)),
                           QMessageBox::Yes | QMessageBox::No, [this, o](QMessageBox::StandardButton button) {
                               if (button == QMessageBox::Yes)
                                   run(o);
                           });
}

void CsvExportDialog::run(const CsvExportOptions &o)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_dir;
    m_watcher.setFuture(runTask<CsvExportResult>(
        m_cancel, [user = ConsoleUser::session(), dir, o](const CsvExporter::ProgressFn &progress,
                                                          const std::atomic_bool *cancel) {
            CsvExporter exporter(dir, user);
            exporter.setProgress(progress);
            exporter.setCancelFlag(cancel);
            return exporter.run(o);
        }));
    m_progress->start(tr("Exporting \"%1\"…").arg(o.db));
    updateButtons();
}

void CsvExportDialog::onFinished()
{
    m_progress->finish();
    updateButtons();
    const TaskOutcome<CsvExportResult> outcome = m_watcher.result();
    if (!outcome.ok()) {
        if (outcome.cancelled() && outcome.error.message.isEmpty())
            showError(tr("The export was cancelled; no file was written."));
        else
            showError(outcome.error.message);
        return;
    }
    const CsvExportResult &r = *outcome.value;
    const QLocale locale;
    const QString path = QDir::toNativeSeparators(r.path);
    const QString written = r.rows == 1 ? tr("Exported 1 record to %1.").arg(path)
                                        : tr("Exported %1 records to %2.").arg(locale.toString(r.rows), path);
    m_result->setText(
        written + u'\n' +
        tr("Size %1, took %2 s.")
            .arg(locale.formattedDataSize(r.bytes), locale.toString(double(r.elapsedMs) / 1000.0, 'f', 2)));
    m_result->show();
    emit exported(r);
}

void CsvExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CsvExportDialog::reject()
{
    if (m_watcher.isRunning()) {
        // Escape or the window's close button while exporting: stop the export, keep the dialog.
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace Rewind
