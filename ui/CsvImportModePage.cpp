#include "CsvImportModePage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "CsvImportState.h"
#include "FileDialogs.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

CsvImportModePage::CsvImportModePage(CsvImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"importModePage"_s);
    setTitle(tr("Choose how rows become records"));
    setSubTitle(tr("Rows are matched to existing records by a key. Records keep their IDs: a row with the ID of a "
                   "deleted record registers it again under that ID, so links from other DBs point at it."));

    auto *modeBox = new QGroupBox(tr("Mode"), this);
    m_insert = new QRadioButton(tr("&Register new records only"), modeBox);
    m_insert->setObjectName(u"importModeInsert"_s);
    m_updateOnly = new QRadioButton(tr("&Update existing records only"), modeBox);
    m_updateOnly->setObjectName(u"importModeUpdate"_s);
    m_upsert = new QRadioButton(tr("Update existing records and register &new ones"), modeBox);
    m_upsert->setObjectName(u"importModeUpsert"_s);
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_insert, int(ImportMode::Insert));
    m_modes->addButton(m_updateOnly, int(ImportMode::Update));
    m_modes->addButton(m_upsert, int(ImportMode::Upsert));
    m_upsert->setChecked(true);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_upsert);
    modeLayout->addWidget(m_updateOnly);
    modeLayout->addWidget(m_insert);

    m_key = new QComboBox(this);
    m_key->setObjectName(u"importKeyCombo"_s);
    m_key->setToolTip(tr("Rows are matched to records by this column. A field used as the key must have a "
                         "different value in every record."));

    m_skip = new QCheckBox(tr("&Skip rows with errors and import the others"), this);
    m_skip->setObjectName(u"importSkipErrors"_s);
    m_skip->setToolTip(tr("Without this, one row with an error stops the whole import and nothing changes."));
    m_rejects = new QLineEdit(this);
    m_rejects->setObjectName(u"importRejectsEdit"_s);
    m_rejectsBrowse = new QPushButton(tr("B&rowse…"), this);
    m_rejectsBrowse->setObjectName(u"importRejectsBrowse"_s);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(m_rejectsBrowse);
    registerField(kSkipErrorsField, m_skip);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"importModeHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Match rows by &key:"), m_key);
    form->addRow(QString(), m_skip);
    auto *rejectsLabel = new QLabel(tr("Write skipped rows &to:"), this);
    rejectsLabel->setBuddy(m_rejects);
    form->addRow(rejectsLabel, rejectsRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_modes, &QButtonGroup::idToggled, this, &CsvImportModePage::update);
    connect(m_key, &QComboBox::currentIndexChanged, this, &CsvImportModePage::update);
    connect(m_skip, &QCheckBox::toggled, this, &CsvImportModePage::update);
    connect(m_rejects, &QLineEdit::textChanged, this, &CsvImportModePage::update);
    connect(m_rejectsBrowse, &QPushButton::clicked, this, &CsvImportModePage::browseRejects);
}

void CsvImportModePage::initializePage()
{
    {
        const QSignalBlocker blocker(m_key);
        const QString previous = m_key->currentData().toString();
        m_key->clear();
        m_key->addItem(tr("Record ID"), QString());
        for (const QString &target : std::as_const(m_state->mapping)) {
            if (!target.isEmpty() && target != CsvImportOptions::kRecordId)
                m_key->addItem(target, target);
        }
        m_key->setCurrentIndex(std::max(0, m_key->findData(previous)));
    }
    // Suggest a rejects file beside the CSV until the user picks another.
    const QString suggestion = m_state->suggestedRejectsPath();
    if (m_rejects->text().isEmpty() || m_rejects->text() == m_suggestedRejects)
        m_rejects->setText(suggestion);
    m_suggestedRejects = suggestion;
    update();
}

void CsvImportModePage::update()
{
    m_state->mode = ImportMode(m_modes->checkedId());
    m_state->keyField = m_key->currentData().toString();
    m_state->skipErrors = m_skip->isChecked();
    m_state->rejectsPath = m_rejects->text().trimmed();
    m_rejects->setEnabled(m_skip->isChecked());
    m_rejectsBrowse->setEnabled(m_skip->isChecked());

    QString hint;
    if (m_state->keyField.isEmpty() && !m_state->mapsRecordId() && m_state->mode != ImportMode::Insert)
        hint = tr("No column is imported as the record ID, so rows cannot be matched to existing records. Map a "
                  "column to \"Record ID\" on the previous page, choose a key field, or register new records only.");
    else if (m_state->skipErrors && m_state->rejectsPath.isEmpty())
        hint = tr("Choose a file for the skipped rows, so you can correct them and import them later.");
    else if (m_state->skipErrors &&
             QDir::cleanPath(QDir::fromNativeSeparators(m_state->rejectsPath)) == QDir::cleanPath(m_state->file))
        hint = tr("The skipped rows cannot be written over the file being imported. Choose another file.");
    m_hint->setText(hint);
    m_hint->setStyleSheet(hint.isEmpty() ? QString() : u"color: #b3261e;"_s);
    emit completeChanged();
}

bool CsvImportModePage::isComplete() const
{
    return m_hint->text().isEmpty();
}

void CsvImportModePage::browseRejects()
{
    FileDialogs::saveFile(this, tr("Write skipped rows to"), m_rejects->text(), tr("CSV files (*.csv);;All files (*)"),
                          [this](const QString &path) { m_rejects->setText(QDir::toNativeSeparators(path)); });
}

} // namespace Rewind
