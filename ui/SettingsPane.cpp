#include "SettingsPane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "SettingsDiffPanel.h"
#include "SettingsView.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

SettingsPane::SettingsPane(DataDir dir, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"settingsPane"_s);
    m_bar = new QWidget(this);
    m_toggle = new QPushButton(m_bar);
    m_toggle->setObjectName(u"settingsDiffToggle"_s);
    m_toggle->setCheckable(true);
    m_hint = new QLabel(m_bar);
    m_hint->setObjectName(u"settingsDiffHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(0, 4, 0, 4);
    barLayout->addWidget(m_toggle);
    barLayout->addWidget(m_hint, 1);
    m_bar->hide();

    m_view = new SettingsView(this);
    m_diff = new SettingsDiffPanel(std::move(dir), this);
    m_diff->hide();
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"settingsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_diff);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_splitter, 1);

    connect(m_toggle, &QPushButton::toggled, this, &SettingsPane::updateDiff);
    retranslateUi();
}

void SettingsPane::showDb(const EnvironmentId &env, const Catalog &catalog, qint64 dbId)
{
    m_env = env;
    const DbDef *db = catalog.db(dbId);
    m_db = db ? db->name : QString();
    m_view->showDb(catalog, dbId);
    updateDiff();
}

void SettingsPane::clearDb()
{
    m_db.clear();
    m_view->clearDb();
    updateDiff();
}

void SettingsPane::updateDiff()
{
    // Only a generation has something to compare with production.
    const bool generation = !m_env.isProduction() && !m_db.isEmpty();
    m_bar->setVisible(generation);
    const bool show = generation && m_toggle->isChecked();
    m_diff->setVisible(show);
    if (show)
        m_diff->showDiff(m_env.slot(), m_db);
    else if (!m_diff->isBusy())
        m_diff->clear();
}

void SettingsPane::retranslateUi()
{
    m_toggle->setText(tr("&Differences from Production"));
    m_toggle->setToolTip(tr("Compare the settings of this DB in the generation with production, and re-apply them."));
    m_hint->setText(tr("Settings changed by mistake? Compare them with production and re-apply the generation's."));
}

void SettingsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Rewind
