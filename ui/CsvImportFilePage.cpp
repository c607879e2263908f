#include "CsvImportFilePage.h"
#include "ConsoleUser.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "CsvImportState.h"
#include "FileDialogs.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kAutoEncoding = -1;

QString delimiterName(QChar c)
{
    if (c == u'\t')
        return CsvImportFilePage::tr("tab");
    if (c == u';')
        return CsvImportFilePage::tr("semicolon");
    return CsvImportFilePage::tr("comma");
}
} // namespace

CsvImportFilePage::CsvImportFilePage(CsvImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("Choose the CSV file"));
    setSubTitle(tr("The file is imported into a DB of production. Rewind reads its first rows to check the "
                   "encoding and the columns; nothing is changed yet."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"importFileEdit"_s);
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"importBrowseButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_db = new QComboBox(this);
    m_db->setObjectName(u"importDbCombo"_s);
    for (const DbDef &db : m_state->catalog.dbs)
        m_db->addItem(db.name);
    m_db->setCurrentIndex(std::max(0, m_db->findText(m_state->db)));
    m_state->db = m_db->currentText();

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"importEncodingCombo"_s);
    m_encoding->addItem(tr("Detect automatically"), kAutoEncoding);
    m_encoding->addItem(tr("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(CsvEncoding::Cp932));
    m_encoding->setToolTip(tr("Rewind recognises UTF-8 (with or without BOM) and Shift_JIS as Excel writes them. "
                              "Choose one here only when the preview shows garbled text."));
    m_detected = new QLabel(this);
    m_detected->setObjectName(u"importDetectedEncoding"_s);
    m_detected->setTextFormat(Qt::PlainText);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detected, 1);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("Into the production &DB:"), m_db);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, encodingRow);

    m_error = new QLabel(this);
    m_error->setObjectName(u"importFileError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *previewLabel = new QLabel(tr("First rows as Rewind reads them:"), this);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"importPreviewTable"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    previewLabel->setBuddy(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &CsvImportFilePage::inspect);
    connect(m_path, &QLineEdit::textChanged, this, &CsvImportFilePage::scheduleInspect);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_typing->isActive())
            inspect();
    });
    connect(m_browse, &QPushButton::clicked, this, &CsvImportFilePage::browse);
    connect(m_db, &QComboBox::currentIndexChanged, this, &CsvImportFilePage::inspect);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CsvImportFilePage::inspect);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<CsvFileInfo>>::finished, this, &CsvImportFilePage::onInspected);

    if (!m_state->catalogError.isEmpty()) {
        showError(m_state->catalogError);
        m_path->setEnabled(false);
        m_browse->setEnabled(false);
    }
}

CsvImportFilePage::~CsvImportFilePage()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool CsvImportFilePage::isComplete() const
{
    return m_state->info.has_value() && !isInspecting() && !m_typing->isActive();
}

void CsvImportFilePage::browse()
{
    QString start = m_path->text().trimmed();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    FileDialogs::openFile(this, tr("Import CSV"), start, tr("CSV files (*.csv *.txt);;All files (*)"),
                          [this](const QString &path) {
                              m_path->setText(QDir::toNativeSeparators(path));
                              inspect();
                          });
}

void CsvImportFilePage::scheduleInspect()
{
    ++m_generation;
    m_state->info.reset();
    m_typing->start();
    emit completeChanged();
}

void CsvImportFilePage::inspect()
{
    m_typing->stop();
    ++m_generation;
    m_state->info.reset();
    m_state->file = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_state->db = m_db->currentText();
    const int encoding = m_encoding->currentData().toInt();
    m_state->encoding = encoding == kAutoEncoding ? std::nullopt : std::optional<CsvEncoding>(CsvEncoding(encoding));
    emit completeChanged();
    if (m_state->file.isEmpty() || m_state->db.isEmpty()) {
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_detected->clear();
        showError(m_state->catalogError);
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true; // read again with the newest inputs once this one is back
        return;
    }
    m_pending = false;
    m_running = m_generation;
    m_detected->setText(tr("Reading the file…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_state->dir;
    const QString file = m_state->file;
    const QString db = m_state->db;
    const std::optional<CsvEncoding> forced = m_state->encoding;
    m_watcher.setFuture(runTask<CsvFileInfo>(
        m_cancel, [user = ConsoleUser::session(), dir, file, db, forced](const auto &, const auto *) {
            CsvImporter importer(dir, Clock::system(), user);
            return importer.inspect(file, forced, db, kPreviewRows);
        }));
}

void CsvImportFilePage::onInspected()
{
    const TaskOutcome<CsvFileInfo> outcome = m_watcher.result();
    if (m_pending || m_running != m_generation) {
        if (m_pending)
            inspect();
        return;
    }
    if (!outcome.ok()) {
        m_state->info.reset();
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_detected->clear();
        showError(outcome.error.message);
    } else {
        m_state->info = *outcome.value;
        showError({});
        showInfo(*outcome.value);
    }
    emit completeChanged();
}

void CsvImportFilePage::showInfo(const CsvFileInfo &info)
{
    const QString encoding = csvEncodingName(info.encoding);
    const QString delimiter = delimiterName(info.delimiter);
    m_detected->setText(m_state->encoding ? tr("Reading as %1; delimiter: %2").arg(encoding, delimiter)
                                          : tr("Detected: %1; delimiter: %2").arg(encoding, delimiter));
    m_preview->clear();
    m_preview->setColumnCount(int(info.header.size()));
    m_preview->setHorizontalHeaderLabels(info.header);
    m_preview->setRowCount(int(info.preview.size()));
    for (int r = 0; r < info.preview.size(); ++r) {
        const QStringList &row = info.preview[r];
        for (int c = 0; c < row.size() && c < info.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row[c]));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
}

void CsvImportFilePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Rewind
