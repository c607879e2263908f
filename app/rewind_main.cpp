// rewind: the console. Argument parsing, language, and wiring only; the window assembles the rest.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <memory>

#include "DemoBuildJob.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "backup/GenerationStore.h"
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
    parser.addOptions({dataDirOption, demoOption, langOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    QString root = parser.value(dataDirOption);
    if (root.isEmpty())
        root = demo ? DataDir::defaultRoot() + "/demo"_L1 : DataDir::defaultRoot();
    const DataDir dir(root);
    GenerationStore(dir).cleanLeftovers(); // what a killed backup run left behind

    std::unique_ptr<MainWindow> window;
    auto showWindow = [&window, &dir, &settings] {
        window = std::make_unique<MainWindow>(dir, &settings);
        window->show();
        // Due work (the daily generation, the archive schedule) runs while the console is open, or is
        // followed when the timer's rewindctl run-due is already at it.
        window->startScheduledWork();
        QApplication::setQuitOnLastWindowClosed(true);
    };

    // The demo is built before the window opens, so the window never shows a half-built workspace.
    std::unique_ptr<DemoBuildJob> job;
    if (demo && !QFileInfo::exists(dir.productionPath())) {
        QApplication::setQuitOnLastWindowClosed(false); // closing the progress dialog cancels, it does not quit
        DemoOptions options;
        options.records = 50000;
        options.seed = 1;
        job = std::make_unique<DemoBuildJob>(dir, options, nullptr);
        QObject::connect(
            job.get(), &DemoBuildJob::finished, &app, [&window, showWindow](const DemoBuildJob::Outcome &outcome) {
                showWindow();
                if (!outcome.ok && !outcome.cancelled)
                    MessageBoxes::warning(window.get(), Console::tr("The demo could not be built"), outcome.message);
            });
        job->start();
    } else {
        showWindow();
    }
    return app.exec();
}
