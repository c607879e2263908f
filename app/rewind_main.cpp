// rewind: the console. Argument parsing, language, and wiring only; the window assembles the rest.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "DemoBuildJob.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "util/DataDir.h"
#include "util/I18n.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Console", text);
}

// --lang must be known before the parser's own texts are translated, so it is read ahead.
QString languageFromArgs(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == "--lang"_L1 && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith("--lang="_L1))
            return args[i].mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as rewindctl, so both find the same default data folder and settings.
    QApplication::setApplicationName(u"Rewind"_s);
    QApplication::setOrganizationName(u"Rewind"_s);
    QApplication::setApplicationVersion(QStringLiteral(REWIND_VERSION));
    QApplication::setApplicationDisplayName(u"Rewind"_s);

    QSettings settings;
    QString language = languageFromArgs(app.arguments());
    if (language.isEmpty())
        language = settings.value(u"ui/language"_s).toString();
    I18n::install(language); // empty: the system's language

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rewind console: browse production and the seven daily generations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s,
                                           tr("Where production and the generations live (default: %1).")
                                               .arg(QDir::toNativeSeparators(DataDir::defaultRoot())),
                                           tr("DIR"));
    const QCommandLineOption demoOption(
        u"demo"_s, tr("Open the demo workspace (in %1 unless --data-dir is given); build it first if it is not there.")
                       .arg(QDir::toNativeSeparators(DataDir::defaultRoot() + "/demo"_L1)));
    const QCommandLineOption langOption(u"lang"_s,
                                        tr("Language of the console: ja or en (default: the last choice, "
                                           "else the system's)."),
                                        tr("LANG"));
    parser.addOptions({dataDirOption, demoOption, langOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    QString root = parser.value(dataDirOption);
    if (root.isEmpty())
        root = demo ? DataDir::defaultRoot() + "/demo"_L1 : DataDir::defaultRoot();
    const DataDir dir(root);

    MainWindow window(dir, &settings);
    window.show();

    if (demo && !QFileInfo::exists(dir.productionPath())) {
        DemoOptions options;
        options.records = 50000;
        options.seed = 1;
        auto *job = new DemoBuildJob(dir, options, &window);
        QObject::connect(job, &DemoBuildJob::finished, &window, [&window, job](const DemoBuildJob::Outcome &outcome) {
            job->deleteLater();
            window.reload();
            if (!outcome.ok && !outcome.cancelled)
                MessageBoxes::warning(&window, tr("The demo could not be built"), outcome.message);
        });
        job->start();
    }
    return app.exec();
}
