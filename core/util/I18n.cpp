#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Rewind::I18n
{

using namespace Qt::StringLiterals;

namespace
{
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = u"en"_s;

QString pick(const QString &requested)
{
    if (requested == "ja"_L1 || requested == "en"_L1)
        return requested;
    for (const QString &lang : QLocale::system().uiLanguages()) {
        if (lang.startsWith("ja"_L1))
            return u"ja"_s;
        if (lang.startsWith("en"_L1))
            return u"en"_s;
    }
    return u"en"_s;
}
} // namespace

QString install(const QString &language)
{
    const QString lang = pick(language);
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(u":/i18n/rewind_"_s + lang + u".qm"_s))
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(lang == "ja"_L1 ? QLocale::Japanese : QLocale::English,
                                lang == "ja"_L1 ? QLocale::Japan : QLocale::UnitedStates));
    g_current = lang;
    return lang;
}

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == "--lang"_L1 && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith("--lang="_L1))
            return arguments[i].mid(7);
    }
    return qEnvironmentVariable("REWIND_LANG");
}

QString current()
{
    return g_current;
}

} // namespace Rewind::I18n
