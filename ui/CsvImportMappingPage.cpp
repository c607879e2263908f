#include "CsvImportMappingPage.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "CsvImportState.h"
#include "WizardLabels.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
enum Column
{
    kColumnName,
    kColumnSample,
    kColumnTarget,
    kColumnCount
};
} // namespace

CsvImportMappingPage::CsvImportMappingPage(CsvImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Match the columns to fields"));
    setSubTitle(tr("Choose what each column of the file fills. Columns set to \"(ignore)\" are not imported; "
                   "fields no column fills keep their value (new records leave them empty)."));

    m_table = new QTableWidget(0, kColumnCount, this);
    m_table->setObjectName(u"importMappingTable"_s);
    m_table->setHorizontalHeaderLabels({tr("CSV column"), tr("First value"), tr("Imports into")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(kColumnName, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kColumnSample, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kColumnTarget, QHeaderView::Fixed);
    m_table->setColumnWidth(kColumnTarget, 240); // room for long field names in the combos
    m_table->setTabKeyNavigation(false);         // Tab moves between the combos, not cell by cell

    m_unknown = WizardLabels::text(u"importUnknownColumns"_s, this);
    m_missing = WizardLabels::text(u"importMissingFields"_s, this);
    m_problem = WizardLabels::error(u"importMappingProblem"_s, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unknown);
    layout->addWidget(m_missing);
    layout->addWidget(m_problem);
}

QComboBox *CsvImportMappingPage::combo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, kColumnTarget));
}

void CsvImportMappingPage::initializePage()
{
    if (!m_state->info)
        return;
    const QString key = m_state->db + u'\n' + m_state->info->header.join(u'\n');
    if (key != m_builtFor) {
        m_builtFor = key;
        m_state->mapping = m_state->info->mapping;
        rebuild();
    }
    onMappingChanged();
}

void CsvImportMappingPage::rebuild()
{
    const CsvFileInfo &info = *m_state->info;
    const DbDef *db = m_state->dbDef();
    m_table->setRowCount(int(info.header.size()));
    for (int c = 0; c < info.header.size(); ++c) {
        auto *name = new QTableWidgetItem(info.header[c]);
        name->setToolTip(tr("Column %1").arg(c + 1));
        m_table->setItem(c, kColumnName, name);
        const QString sample = info.preview.isEmpty() ? QString() : info.preview.first().value(c);
        m_table->setItem(c, kColumnSample, new QTableWidgetItem(sample));

        auto *box = new QComboBox(m_table);
        box->setObjectName(u"mappingCombo"_s + QString::number(c));
        box->setAccessibleName(tr("Column %1, %2, imports into").arg(c + 1).arg(info.header[c]));
        box->addItem(tr("(ignore)"), QString());
        box->addItem(tr("Record ID"), CsvImportOptions::kRecordId);
        if (db) {
            for (const FieldDef &f : db->fields) {
                box->addItem(f.name, f.name);
                box->setItemData(box->count() - 1, fieldTypeName(f.type), Qt::ToolTipRole);
            }
        }
        box->setCurrentIndex(std::max(0, box->findData(m_state->mapping.value(c))));
        connect(box, &QComboBox::currentIndexChanged, this, &CsvImportMappingPage::onMappingChanged);
        m_table->setCellWidget(c, kColumnTarget, box);
    }
}

void CsvImportMappingPage::onMappingChanged()
{
    const CsvFileInfo &info = *m_state->info;
    QStringList mapping;
    QStringList ignored;
    QHash<QString, int> seen;
    m_duplicate.clear();
    for (int c = 0; c < m_table->rowCount(); ++c) {
        const QString target = combo(c) ? combo(c)->currentData().toString() : QString();
        mapping.append(target);
        if (target.isEmpty()) {
            ignored.append(info.header.value(c));
            continue;
        }
        if (seen.contains(target) && m_duplicate.isEmpty()) {
            const QString name = target == CsvImportOptions::kRecordId ? tr("Record ID") : target;
            m_duplicate = tr("Columns %1 (\"%2\") and %3 (\"%4\") both fill \"%5\". Set one of them to \"(ignore)\".")
                              .arg(seen.value(target) + 1)
                              .arg(info.header.value(seen.value(target)))
                              .arg(c + 1)
                              .arg(info.header.value(c), name);
        }
        seen.insert(target, c);
    }
    m_state->mapping = mapping;

    QStringList missing;
    if (const DbDef *db = m_state->dbDef()) {
        for (const FieldDef &f : db->fields) {
            if (!mapping.contains(f.name))
                missing.append(f.required ? tr("%1 (required)").arg(f.name) : f.name);
        }
    }
    m_unknown->setText(ignored.isEmpty() ? tr("Every column is imported.")
                                         : tr("Columns not imported: %1").arg(ignored.join(tr(", "))));
    m_missing->setText(missing.isEmpty() ? tr("The file fills every field of the DB.")
                                         : tr("Fields the file does not fill: %1").arg(missing.join(tr(", "))));
    QString problem = m_duplicate;
    if (problem.isEmpty() && seen.isEmpty())
        problem = tr("No column is imported. Choose a field for at least one column.");
    else if (problem.isEmpty() && seen.size() == 1 && seen.contains(CsvImportOptions::kRecordId))
        problem = tr("Only the record ID is imported. Choose a field for at least one more column.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

bool CsvImportMappingPage::isComplete() const
{
    return m_state->info.has_value() && m_problem->text().isEmpty();
}

} // namespace Rewind
