#pragma once

#include <QString>
#include <QStringList>

namespace Rewind::I18n
{

/// Installs Rewind's and Qt's translations for `language` ("ja", "en", or empty for the system's
/// UI language) on the running QCoreApplication, replacing any installed before. Returns the
/// language actually in use. Call on the main thread.
QString install(const QString &language);

/// The language asked for on a command line (--lang X or --lang=X), else the REWIND_LANG variable, else
/// empty. Read before QCommandLineParser runs, because the parser's own texts must already be translated.
QString languageFromArguments(const QStringList &arguments);

/// The language in use ("ja" or "en").
QString current();

} // namespace Rewind::I18n
