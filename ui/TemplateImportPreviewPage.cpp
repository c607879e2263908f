#include "TemplateImportPreviewPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "TemplateImportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QTreeWidgetItem *addGroup(QTreeWidgetItem *parent, const QString &title)
{
    auto *item = new QTreeWidgetItem(parent, {title});
    item->setFirstColumnSpanned(true);
    return item;
}
} // namespace

TemplateImportPreviewPage::TemplateImportPreviewPage(TemplateImportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templatePreviewPage"_s);
    setTitle(tr("What the template creates"));
    setSubTitle(tr("Each DB of the template becomes a DB of production with these fields and settings."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"templatePreviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"templatePreviewTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Details")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void TemplateImportPreviewPage::initializePage()
{
    m_tree->clear();
    if (!m_state->document)
        return;
    const TemplateDocument &doc = *m_state->document;
    QFont bold = m_tree->font();
    bold.setBold(true);
    int fields = 0;
    int settings = 0;
    for (const TemplateDb &db : doc.dbs) {
        const bool clash = m_state->catalog.dbByName(db.name) != nullptr;
        auto *dbItem = new QTreeWidgetItem(
            m_tree, {db.name, tr("DB"), clash ? tr("Production already has a DB of this name") : db.description});
        dbItem->setFont(0, bold);
        if (clash)
            dbItem->setForeground(2, QColor(0xb3, 0x26, 0x1e));
        QTreeWidgetItem *fieldGroup = addGroup(dbItem, tr("Fields (%1)").arg(db.fields.size()));
        for (const TemplateField &f : db.fields) {
            QStringList details;
            if (f.required)
                details.append(tr("required"));
            if (f.unique)
                details.append(tr("unique"));
            if (f.type == FieldType::Choice)
                details.append(tr("choices: %1").arg(f.choices.join(u", "_s)));
            if (f.type == FieldType::Link) {
                if (const TemplateDb *target = doc.db(f.linkKey))
                    details.append(tr("links to %1 (in the template)").arg(target->name));
                else if (const TemplateExternal *external = doc.external(f.linkKey))
                    details.append(tr("links to %1 (outside the template)").arg(external->name));
                else
                    details.append(tr("unlinked"));
            }
            auto *item = new QTreeWidgetItem(fieldGroup, {f.name, fieldTypeName(f.type), details.join(u"; "_s)});
            item->setToolTip(2, item->text(2));
        }
        QTreeWidgetItem *settingGroup = addGroup(dbItem, tr("Settings (%1)").arg(db.settings.size()));
        for (const TemplateSetting &s : db.settings)
            new QTreeWidgetItem(settingGroup, {s.name, settingKindName(s.kind), QString()});
        fields += int(db.fields.size());
        settings += int(db.settings.size());
    }
    if (!doc.omitted.isEmpty()) {
        auto *omitted = new QTreeWidgetItem(m_tree, {tr("Not in the template (%1)").arg(doc.omitted.size())});
        omitted->setFirstColumnSpanned(true);
        omitted->setFont(0, bold);
        for (const TemplateOmission &o : doc.omitted) {
            auto *item = new QTreeWidgetItem(omitted, {tr("%1: %2").arg(o.db, o.item), QString(), o.reason});
            item->setToolTip(2, o.reason);
        }
    }
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));

    const int clashes = int(m_state->clashing().size());
    QString summary = tr("DBs: %1, fields: %2, settings: %3.")
                          .arg(QString::number(doc.dbs.size()), QString::number(fields), QString::number(settings));
    if (clashes > 0)
        summary += u' ' + tr("Production already has %1 of these DBs; on the next page you choose whether each is "
                             "renamed, replaced or skipped.")
                              .arg(clashes);
    m_summary->setText(summary);
}

} // namespace Rewind
