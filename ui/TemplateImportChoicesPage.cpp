#include "TemplateImportChoicesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include "TemplateImportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateImportChoicesPage::TemplateImportChoicesPage(TemplateImportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateChoicesPage"_s);
    setTitle(tr("Name clashes and links"));
    setSubTitle(tr("Choose what happens to the DBs production already has, and where links to DBs outside the "
                   "template point."));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"templateChoicesArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"templateChoicesProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);
}

void TemplateImportChoicesPage::initializePage()
{
    rebuild();
    update();
}

void TemplateImportChoicesPage::rebuild()
{
    m_conflicts.clear();
    m_links.clear();
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!m_state->document) {
        m_scroll->setWidget(content);
        return;
    }
    const TemplateDocument &doc = *m_state->document;
    QStringList taken;
    for (const DbDef &db : m_state->catalog.dbs)
        taken.append(db.name);
    for (const TemplateDb &db : doc.dbs)
        taken.append(db.name);

    const QList<const TemplateDb *> clashing = m_state->clashing();
    if (!clashing.isEmpty()) {
        auto *box = new QGroupBox(tr("DBs production already has"), content);
        box->setObjectName(u"templateConflictsBox"_s);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(2, 1);
        int row = 0;
        for (const TemplateDb *db : clashing) {
            ConflictRow r;
            r.key = db->key;
            r.name = db->name;
            auto *label = new QLabel(db->name, box);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            r.action = new QComboBox(box);
            r.action->setObjectName(u"conflictAction_"_s + db->key);
            r.action->addItem(tr("Skip: keep production's DB"), templateConflictKey(TemplateConflict::Skip));
            r.action->addItem(tr("Rename: create it under a new name"), templateConflictKey(TemplateConflict::Rename));
            r.action->addItem(tr("Replace: delete production's DB and create it again"),
                              templateConflictKey(TemplateConflict::Replace));
            r.action->setAccessibleName(tr("What happens to %1").arg(db->name));
            label->setBuddy(r.action);
            const TemplateConflict current = m_state->conflicts.value(db->key, TemplateConflict::Skip);
            r.action->setCurrentIndex(std::max(0, r.action->findData(templateConflictKey(current))));
            r.rename = new QLineEdit(box);
            r.rename->setObjectName(u"conflictName_"_s + db->key);
            r.rename->setAccessibleName(tr("New name for %1").arg(db->name));
            r.rename->setText(m_state->renames.value(db->key, TemplateImporter::suggestName(db->name, taken)));
            r.confirm = new QCheckBox(
                tr("I understand the existing DB and its records are deleted; a restore point is taken"), box);
            r.confirm->setObjectName(u"conflictConfirm_"_s + db->key);
            grid->addWidget(label, row, 0);
            grid->addWidget(r.action, row, 1);
            grid->addWidget(r.rename, row, 2);
            grid->addWidget(r.confirm, row + 1, 1, 1, 2);
            row += 2;
            connect(r.action, &QComboBox::currentIndexChanged, this, &TemplateImportChoicesPage::update);
            connect(r.rename, &QLineEdit::textChanged, this, &TemplateImportChoicesPage::update);
            connect(r.confirm, &QCheckBox::toggled, this, &TemplateImportChoicesPage::update);
            m_conflicts.append(r);
        }
        layout->addWidget(box);
    }

    if (!doc.externals.isEmpty()) {
        auto *box = new QGroupBox(tr("Links to DBs outside the template"), content);
        box->setObjectName(u"templateLinksBox"_s);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        int row = 0;
        for (const TemplateExternal &e : doc.externals) {
            QStringList from;
            for (const TemplateDb &db : doc.dbs) {
                for (const TemplateField &f : db.fields) {
                    if (f.linkKey == e.key)
                        from.append(u"%1.%2"_s.arg(db.name, f.name));
                }
            }
            LinkRow r;
            r.key = e.key;
            r.target = new QComboBox(box);
            r.target->setObjectName(u"externalLink_"_s + e.key);
            r.target->addItem(tr("(leave unlinked)"), QString());
            for (const DbDef &db : m_state->catalog.dbs)
                r.target->addItem(db.name, db.name);
            const QString current = m_state->links.contains(e.key) ? m_state->links.value(e.key) : e.name;
            r.target->setCurrentIndex(std::max(0, r.target->findData(current)));
            r.target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            r.target->setMinimumWidth(200);
            auto *label = new QLabel(tr("Links to %1 (from %2) point at:").arg(e.name, from.join(u", "_s)), box);
            label->setWordWrap(true);
            label->setBuddy(r.target);
            grid->addWidget(label, row, 0);
            grid->addWidget(r.target, row++, 1);
            connect(r.target, &QComboBox::currentIndexChanged, this, &TemplateImportChoicesPage::update);
            m_links.append(r);
        }
        layout->addWidget(box);
    }

    if (m_conflicts.isEmpty() && m_links.isEmpty()) {
        auto *nothing = new QLabel(tr("Production has none of the template's DBs and the template has no links to "
                                      "DBs outside it: there is nothing to decide."),
                                   content);
        nothing->setObjectName(u"templateNothingToDecide"_s);
        nothing->setWordWrap(true);
        layout->addWidget(nothing);
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
}

void TemplateImportChoicesPage::update()
{
    m_state->conflicts.clear();
    m_state->renames.clear();
    m_state->links.clear();
    // The names production will have afterwards, to catch a rename onto a name that is or will be taken.
    QSet<QString> names;
    for (const DbDef &db : m_state->catalog.dbs)
        names.insert(db.name);
    if (m_state->document) {
        for (const TemplateDb &db : m_state->document->dbs) {
            if (!m_state->catalog.dbByName(db.name))
                names.insert(db.name);
        }
    }
    QString problem;
    for (const ConflictRow &r : std::as_const(m_conflicts)) {
        const auto action =
            templateConflictFromKey(r.action->currentData().toString()).value_or(TemplateConflict::Skip);
        m_state->conflicts.insert(r.key, action);
        r.rename->setVisible(action == TemplateConflict::Rename);
        r.confirm->setVisible(action == TemplateConflict::Replace);
        if (action == TemplateConflict::Rename) {
            const QString name = r.rename->text().trimmed();
            m_state->renames.insert(r.key, name);
            if (problem.isEmpty() && name.isEmpty())
                problem = tr("Type a new name for %1.").arg(r.name);
            else if (problem.isEmpty() && names.contains(name))
                problem = tr("%1 cannot be renamed to \"%2\": that name is already taken. Choose another name.")
                              .arg(r.name, name);
            names.insert(name);
        } else if (action == TemplateConflict::Replace && problem.isEmpty() && !r.confirm->isChecked()) {
            problem = tr("Replacing %1 deletes production's DB and its records. Tick the box below it to confirm.")
                          .arg(r.name);
        }
    }
    for (const LinkRow &r : std::as_const(m_links))
        m_state->links.insert(r.key, r.target->currentData().toString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_state->dryRun.reset();
    emit completeChanged();
}

bool TemplateImportChoicesPage::isComplete() const
{
    return m_state->document.has_value() && m_problem->text().isEmpty();
}

} // namespace Rewind
