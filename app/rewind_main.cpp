// rewind: the console. Argument parsing, language, and wiring only; the window assembles the rest.

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <cstdio>

#include <memory>

#include "DemoBuildJob.h"
#include "MainWindow.h"

#include <functional>
#include "FirstAdminDialog.h"
#include "LoginDialog.h"
#include "MessageBoxes.h"
#include "access/Users.h"
#include "demo/DemoBuilder.h"
#include "util/Clock.h"
#include "workspace/Production.h"
#include "backup/GenerationStore.h"
#include "history/PendingOperation.h"
#include "pg/PgTarget.h"
#include "util/DataDir.h"
#include "util/I18n.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
// The console's own texts: command-line help and start-up messages.
struct Console
{
    Q_DECLARE_TR_FUNCTIONS(Rewind::Console)
};

// Help and version print text only: they must work without a screen (e.g. over ssh).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The same names as rewindctl, so both find the same default data folder and settings.
    QApplication::setApplicationName(u"Rewind"_s);
    QApplication::setApplicationVersion(QStringLiteral(REWIND_VERSION));
    QApplication::setApplicationDisplayName(u"Rewind"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/rewind.png"_s));

    QSettings settings;
    QString language = I18n::languageFromArguments(app.arguments());
    if (language.isEmpty())
        language = settings.value(u"ui/language"_s).toString();
    I18n::install(language); // empty: the system's language

    QCommandLineParser parser;
    parser.setApplicationDescription(Console::tr("Rewind console: browse production and the seven daily generations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s,
                                           Console::tr("Where production and the generations live (default: %1).")
                                               .arg(QDir::toNativeSeparators(DataDir::defaultRoot())),
                                           Console::tr("DIR"));
    const QCommandLineOption demoOption(
        u"demo"_s,
        Console::tr("Open the demo workspace (in %1 unless --data-dir is given); build it first if it is not there.")
            .arg(QDir::toNativeSeparators(DataDir::defaultRoot() + "/demo"_L1)));
    const QCommandLineOption langOption(u"lang"_s,
                                        Console::tr("Language of the console: ja or en (default: the last choice, "
                                                    "else the system's)."),
                                        Console::tr("LANG"));
    const QCommandLineOption productionOption(
        u"production"_s,
        Console::tr("Production is this PostgreSQL database (the password comes from PGPASSWORD or ~/.pgpass)."),
        u"postgresql://USER@HOST:PORT/DB"_s);
    parser.addOptions({dataDirOption, demoOption, langOption, productionOption});
    parser.process(app);
    if (parser.isSet(productionOption)) {
        auto target = PgTarget::parse(parser.value(productionOption));
        if (!target) {
            std::fprintf(stderr, "rewind: %s\n", qPrintable(target.error().message));
            return 2;
        }
        DataDir::setProductionOverride(target->url());
    }

    const bool demo = parser.isSet(demoOption);
    QString root = parser.value(dataDirOption);
    if (root.isEmpty())
        root = demo ? DataDir::defaultRoot() + "/demo"_L1 : DataDir::defaultRoot();
    const DataDir dir(root);
    Recovery::atStart(dir, Clock::system()); // what a killed backup run or change left behind, into the history

    std::unique_ptr<MainWindow> window;
    std::function<void()> reopen; // set below: after production moved, log in again on the new one
    auto openWindow = [&window, &dir, &settings, &reopen](const Session &user) {
        window = std::make_unique<MainWindow>(dir, user, &settings);
        QObject::connect(window.get(), &MainWindow::reopenRequested, window.get(), [&reopen] { reopen(); });
        window->show();
        // Due work (the daily generation, the archive schedule) runs while the console is open, or is
        // followed when the timer's rewindctl run-due is already at it.
        window->startScheduledWork();
        QApplication::setQuitOnLastWindowClosed(true);
    };
    // Nobody acts without logging in: a workspace without users first gets its administrator, then
    // everyone logs in with the ID and password production holds.
    std::unique_ptr<QDialog> gate;
    auto fatal = [](const QString &title, const QString &text) {
        MessageBoxes::question(nullptr, title, text, QMessageBox::Ok, [](auto) { QCoreApplication::exit(1); });
    };
    auto logIn = [&gate, &dir, demo, openWindow, fatal] {
        auto users = UserStore(dir, Clock::system()).hasUsers();
        if (!users) {
            fatal(Console::tr("The workspace cannot be read"), users.error().message);
            return;
        }
        QDialog *dialog = nullptr;
        if (!users.value()) {
            auto *first = new FirstAdminDialog(dir, Clock::system());
            QObject::connect(first, &QDialog::accepted, first, [first, openWindow] { openWindow(first->session()); });
            dialog = first;
        } else {
            auto *login = new LoginDialog(dir, Clock::system());
            if (demo) {
                QStringList lines;
                for (const DemoUser &u : kDemoUsers)
                    lines.append(Console::tr("%1 (%2): password %3")
                                     .arg(QString::fromUtf8(u.login), roleName(u.role), QString::fromUtf8(u.password)));
                login->setDemoHint(
                    Console::tr("Demo users (for this demo workspace only):\n%1").arg(lines.join(u'\n')));
                login->setLogin(QString::fromUtf8(kDemoUsers[0].login));
            }
            QObject::connect(login, &QDialog::accepted, login, [login, openWindow] { openWindow(login->session()); });
            dialog = login;
        }
        QObject::connect(dialog, &QDialog::rejected, dialog, [] { QCoreApplication::exit(0); });
        gate.reset(dialog);
        dialog->open();
    };
    auto showWindow = [&dir, logIn, fatal] {
        QApplication::setQuitOnLastWindowClosed(false);
        if (dir.isPostgres() || QFileInfo::exists(dir.productionPath())) {
            logIn();
            return;
        }
        const QString root = QDir::toNativeSeparators(dir.root());
        MessageBoxes::question(
            nullptr, Console::tr("No workspace yet"),
            Console::tr("There is no workspace in %1.\n\nCreate an empty one there? You will set its first system "
                        "administrator next. (To look around with sample data instead, start the console with "
                        "--demo.)")
                .arg(root),
            QMessageBox::Yes | QMessageBox::Cancel, [&dir, logIn, fatal](QMessageBox::StandardButton button) {
                if (button != QMessageBox::Yes) {
                    QCoreApplication::exit(0);
                    return;
                }
                if (auto made = Production::create(dir, Console::tr("My workspace"), Clock::system()); !made) {
                    fatal(Console::tr("The workspace could not be created"), made.error().message);
                    return;
                }
                logIn();
            });
    };

    reopen = [&window, showWindow] {
        QApplication::setQuitOnLastWindowClosed(false);
        window->hide();
        window.release()->deleteLater(); // it emitted the request: it goes once that returned
        showWindow();
    };

    // The demo is built before the window opens, so the window never shows a half-built workspace.
    std::unique_ptr<DemoBuildJob> job;
    if (demo && !dir.isPostgres() && !QFileInfo::exists(dir.productionPath())) {
        QApplication::setQuitOnLastWindowClosed(false); // closing the progress dialog cancels, it does not quit
        DemoOptions options;
        options.records = 50000;
        options.seed = 1;
        job = std::make_unique<DemoBuildJob>(dir, options, nullptr);
        QObject::connect(job.get(), &DemoBuildJob::finished, &app,
                         [showWindow, fatal](const DemoBuildJob::Outcome &outcome) {
                             if (outcome.ok)
                                 showWindow();
                             else if (outcome.cancelled)
                                 QCoreApplication::exit(0);
                             else
                                 fatal(Console::tr("The demo could not be built"), outcome.message);
                         });
        job->start();
    } else {
        showWindow();
    }
    return app.exec();
}
