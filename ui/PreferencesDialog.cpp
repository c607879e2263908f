#include "PreferencesDialog.h"

#include "MessageBoxes.h"
#include "pg/PgTarget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Rewind
{

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(DataDir dir, const Clock &clock, Session session, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_clock(clock), m_session(std::move(session))
{
    setObjectName(u"preferencesDialog"_s);
    m_tabs = new QTabWidget(this);
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"connectionPage"_s);

    m_currentLabel = new QLabel(page);
    m_current = new QLabel(page);
    m_current->setObjectName(u"currentProduction"_s);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);

    m_host = new QLineEdit(page);
    m_host->setObjectName(u"hostEdit"_s);
    m_port = new QSpinBox(page);
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(page);
    m_database->setObjectName(u"databaseEdit"_s);
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"userEdit"_s);
    m_address = new QLabel(page);
    m_address->setObjectName(u"addressLabel"_s);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordNote = new QLabel(page);
    m_passwordNote->setWordWrap(true);
    m_hostLabel = new QLabel(page);
    m_hostLabel->setBuddy(m_host);
    m_portLabel = new QLabel(page);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel = new QLabel(page);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel = new QLabel(page);
    m_userLabel->setBuddy(m_user);
    m_addressLabel = new QLabel(page);

    m_test = new QPushButton(page);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_use = new QPushButton(page);
    m_use->setObjectName(u"useConnectionButton"_s);
    m_use->setVisible(Access::allows(m_session, Right::ManageSettings));
    m_result = new QLabel(page);
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);

    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_addressLabel, m_address);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_use);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_passwordNote);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();
    m_tabs->addTab(page, QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_tabs);
    outer->addWidget(m_buttons);

    m_testWatcher = new TaskWatcher<ProductionLocation::Probe>(this);
    connect(m_testWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto outcome = m_testWatcher->result();
        if (outcome.ok()) {
            m_probe = outcome.value;
            m_probedAddress = address();
            m_result->setText(tr("Connected: %1").arg(ProductionLocation::describe(*outcome.value)));
        } else {
            m_probe.reset();
            m_result->setText(tr("Could not connect: %1").arg(outcome.error.message));
        }
        updateState();
    });
    m_useWatcher = new TaskWatcher<ProductionLocation::Change>(this);
    connect(m_useWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto outcome = m_useWatcher->result();
        updateState();
        if (!outcome.ok()) {
            m_result->setText(outcome.error.message);
            return;
        }
        m_result->setText(*outcome.value == ProductionLocation::Change::Moved
                              ? tr("Production was moved into %1. The console reopens on it.").arg(m_probedAddress)
                              : tr("Production is now %1. The console reopens on it.").arg(m_probedAddress));
        emit productionChanged();
        accept();
    });

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, &PreferencesDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, &PreferencesDialog::useAddress);

    if (m_dir.isPostgres()) {
        setAddress(m_dir.productionUrl());
    } else {
        m_host->setText(u"localhost"_s);
        m_user->setText(qEnvironmentVariable("USER"));
    }
    retranslateUi();
    updateState();
}

PreferencesDialog::~PreferencesDialog()
{
    m_cancel->store(true);
    m_testWatcher->waitForFinished();
    m_useWatcher->waitForFinished();
}

QString PreferencesDialog::address() const
{
    const QString host = m_host->text().trimmed(), db = m_database->text().trimmed(), user = m_user->text().trimmed();
    if (host.isEmpty() || db.isEmpty() || user.isEmpty())
        return {};
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(m_port->value());
    url.setUserName(user);
    url.setPath(u'/' + db);
    if (!m_params.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : m_params)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

void PreferencesDialog::setAddress(const QString &url)
{
    auto target = PgTarget::parse(url);
    if (!target)
        return;
    m_host->setText(target->host);
    m_port->setValue(target->port > 0 ? target->port : 5432);
    m_database->setText(target->dbname);
    m_user->setText(target->user);
    m_params = target->params;
}

void PreferencesDialog::reject()
{
    if (m_useWatcher->isRunning())
        return; // production is being moved: the outcome closes the dialog
    QDialog::reject();
}

bool PreferencesDialog::isBusy() const
{
    return m_testWatcher->isRunning() || m_useWatcher->isRunning();
}

QString PreferencesDialog::resultText() const
{
    return m_result->text();
}

void PreferencesDialog::updateState()
{
    const QString url = address();
    m_address->setText(url.isEmpty() ? tr("(fill in host, database and user)") : url);
    const bool busy = isBusy();
    m_test->setEnabled(!busy && !url.isEmpty());
    // Using an address needs a test of that same address first, and what it found decides how.
    const bool tested = m_probe && m_probedAddress == url && m_probe->mayUse;
    const bool canMove = tested && !m_probe->workspace && !m_dir.isPostgres();
    m_use->setText(tested && !m_probe->workspace ? tr("&Move Production Here…") : tr("&Use This Database"));
    const bool current = m_dir.isPostgres() && url == m_dir.productionUrl();
    m_use->setEnabled(!busy && tested && !current && (m_probe->workspace || canMove));
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user})
        w->setEnabled(!busy);
}

void PreferencesDialog::testConnection()
{
    const QString url = address();
    if (url.isEmpty() || isBusy())
        return;
    m_result->setText(tr("Connecting to %1…").arg(url));
    m_testWatcher->setFuture(runTask<ProductionLocation::Probe>(
        m_cancel, [url](auto, const std::atomic_bool *) { return ProductionLocation::probe(url); }));
    updateState();
}

void PreferencesDialog::useAddress()
{
    if (!m_probe || isBusy())
        return;
    if (m_probe->workspace) {
        MessageBoxes::question(this, tr("Use This Database"),
                               tr("Production will be %1 from now on (the same workspace, \"%2\"). The console "
                                  "reopens on it. Go ahead?")
                                   .arg(m_probedAddress, m_probe->workspaceName),
                               QMessageBox::Yes | QMessageBox::Cancel, [this](QMessageBox::StandardButton b) {
                                   if (b == QMessageBox::Yes)
                                       startUse(false);
                               });
        return;
    }
    MessageBoxes::question(this, tr("Move Production Here"),
                           tr("Production will be copied into %1, in one transaction, and used there from now on. "
                              "The SQLite file stays in the data folder as production-moved-….sqlite. The console "
                              "reopens on the new production. Go ahead?")
                               .arg(m_probedAddress),
                           QMessageBox::Yes | QMessageBox::Cancel, [this](QMessageBox::StandardButton b) {
                               if (b == QMessageBox::Yes)
                                   startUse(true);
                           });
}

void PreferencesDialog::startUse(bool move)
{
    const QString url = m_probedAddress;
    m_result->setText(move ? tr("Moving production into %1…").arg(url) : tr("Switching to %1…").arg(url));
    m_useWatcher->setFuture(runTask<ProductionLocation::Change>(
        m_cancel, [dir = m_dir, session = m_session, url, move, &clock = m_clock](auto, const std::atomic_bool *) {
            return ProductionLocation::use(dir, session, url, move, clock);
        }));
    updateState();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_tabs->setTabText(0, tr("Connection"));
    m_currentLabel->setText(tr("Production now:"));
    m_current->setText(
        m_dir.isPostgres()
            ? tr("%1 (PostgreSQL)").arg(m_dir.productionUrl())
            : tr("%1 (an SQLite file in the data folder)").arg(QDir::toNativeSeparators(m_dir.productionPath())));
    m_intro->setText(tr("A team can keep production in a PostgreSQL database; generations stay SQLite files in "
                        "the data folder. Enter the server, test the connection, then use it."));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("U&ser:"));
    m_addressLabel->setText(tr("Address:"));
    m_passwordNote->setText(tr("The password comes from the PGPASSWORD variable or the ~/.pgpass file of the "
                               "user running Rewind. Rewind never stores it."));
    m_test->setText(tr("&Test Connection"));
    updateState();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Rewind
