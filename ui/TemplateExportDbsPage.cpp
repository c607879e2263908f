#include "TemplateExportDbsPage.h"
#include "ConsoleUser.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "EnvironmentCombo.h"
#include "TemplateExportState.h"
#include "workspace/Environments.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportDbsPage::TemplateExportDbsPage(TemplateExportState *state, const QString &preselectedDb, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateDbsPage"_s);
    setTitle(tr("Choose the DBs"));
    setSubTitle(tr("A template holds the settings of DBs — fields, links, views, automations, aggregations, "
                   "workflows and access rights — but no records. It can be taken from production or from any "
                   "generation."));

    m_env = new EnvironmentCombo(m_state->dir, true, this);
    m_env->setObjectName(u"templateEnvCombo"_s);
    m_env->fill(m_state->env);

    m_dbs = new QListWidget(this);
    m_dbs->setObjectName(u"templateDbList"_s);
    m_dbs->setAlternatingRowColors(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"templateDbsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Read from:"), m_env);
    auto *dbsLabel = new QLabel(tr("&DBs in the template (related DBs are offered on the next page):"), this);
    dbsLabel->setBuddy(m_dbs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(dbsLabel);
    layout->addWidget(m_dbs, 1);
    layout->addWidget(m_error);

    if (!preselectedDb.isEmpty())
        m_state->dbs = {preselectedDb};
    connect(m_env, &QComboBox::currentIndexChanged, this, &TemplateExportDbsPage::onEnvironmentChanged);
    connect(m_dbs, &QListWidget::itemChanged, this, &TemplateExportDbsPage::updateChoice);
    onEnvironmentChanged();
}

void TemplateExportDbsPage::onEnvironmentChanged()
{
    m_state->env = m_env->environment().value_or(EnvironmentId::production());
    auto catalog = Environments::loadCatalog(m_state->dir, ConsoleUser::session(), m_state->env);
    m_state->catalog = catalog.ok() ? catalog.value() : Catalog{};
    m_state->catalogError = catalog.ok() ? QString() : catalog.error().message;
    m_error->setText(m_state->catalogError);
    m_error->setVisible(!m_state->catalogError.isEmpty());
    {
        // The DBs chosen so far stay chosen where this environment has them.
        const QSignalBlocker blocker(m_dbs);
        m_dbs->clear();
        for (const DbDef &db : m_state->catalog.dbs) {
            auto *item = new QListWidgetItem(db.name, m_dbs);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_state->dbs.contains(db.name) ? Qt::Checked : Qt::Unchecked);
            if (!db.description.isEmpty())
                item->setToolTip(db.description);
        }
        // The keyboard starts on the first chosen DB.
        int current = 0;
        for (int i = m_dbs->count() - 1; i >= 0; --i) {
            if (m_dbs->item(i)->checkState() == Qt::Checked)
                current = i;
        }
        if (m_dbs->count() > 0)
            m_dbs->setCurrentRow(current);
    }
    updateChoice();
}

void TemplateExportDbsPage::updateChoice()
{
    QStringList chosen;
    for (int i = 0; i < m_dbs->count(); ++i) {
        if (m_dbs->item(i)->checkState() == Qt::Checked)
            chosen.append(m_dbs->item(i)->text());
    }
    m_state->dbs = chosen;
    m_state->preview.reset();
    emit completeChanged();
}

bool TemplateExportDbsPage::isComplete() const
{
    return m_state->catalogError.isEmpty() && !m_state->dbs.isEmpty();
}

} // namespace Rewind
