#include "I18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace Rewind::I18n
{

using namespace Qt::StringLiterals;

namespace
{
/// Finds a translation by its source text alone, for lookups whose context differs from the one lupdate
/// recorded: lupdate names a context after the enclosing class or namespace, while a file's strings are
/// looked up under that file's one context — a helper struct or free function in the file makes them
/// differ. Asked only after the exact (context, source) lookup found nothing. Built from the .ts file
/// embedded beside the .qm.
class SourceTextTranslator final : public QTranslator
{
public:
    bool loadTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source, translation;
        bool finished = true;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == "message"_L1) {
                    source.clear();
                    translation.clear();
                } else if (xml.name() == "source"_L1) {
                    source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    finished = xml.attributes().value("type"_L1).isEmpty();
                    if (xml.attributes().value("type"_L1) != "vanished"_L1 &&
                        xml.attributes().value("type"_L1) != "obsolete"_L1) {
                        // Plural forms come as <numerusform> children; Japanese has one.
                        translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    }
                }
            } else if (xml.isEndElement() && xml.name() == "message"_L1) {
                if (finished && !source.isEmpty() && !translation.isEmpty() && !m_bySource.contains(source))
                    m_bySource.insert(source, translation);
            }
        }
        return !xml.hasError() && !m_bySource.isEmpty();
    }
    bool isEmpty() const override { return m_bySource.isEmpty(); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!context || qstrncmp(context, "Rewind", 6) != 0) // only our own strings, never Qt's
            return {};
        return m_bySource.value(QString::fromUtf8(sourceText));
    }

private:
    QHash<QString, QString> m_bySource;
};

std::unique_ptr<SourceTextTranslator> g_fallback;
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
    if (g_fallback)
        QCoreApplication::removeTranslator(g_fallback.get());
    // Installed first, so asked last: only when the exact lookup of the .qm found nothing.
    g_fallback = std::make_unique<SourceTextTranslator>();
    if (lang != "en"_L1 && g_fallback->loadTs(u":/i18n-sources/rewind_"_s + lang + u".ts"_s))
        QCoreApplication::installTranslator(g_fallback.get());
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
