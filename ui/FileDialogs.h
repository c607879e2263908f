#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Rewind
{

/// The one way the console asks for a file name. Dialogs are window-modal and opened without a nested
/// event loop; the chosen path comes back through a callback. Tests install a handler that answers at
/// once, in the manner of MessageBoxes, so no test ever waits on a file dialog.
class FileDialogs final
{
public:
    enum class Kind
    {
        Open,
        Save
    };
    struct Request
    {
        Kind kind = Kind::Open;
        QString caption;
        QString path;   ///< folder or suggested file
        QString filter; ///< "CSV files (*.csv);;All files (*)"
    };
    /// Answers a request instead of showing it. Return the chosen path, or an empty string for Cancel.
    using Handler = std::function<QString(const Request &)>;
    /// Runs with the chosen path; not at all when the user cancelled.
    using Answer = std::function<void(const QString &path)>;

    /// Replaces every file dialog with `handler`; an empty handler restores real dialogs. UI thread only.
    static void setHandler(Handler handler);

    static void openFile(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                         Answer answer);
    /// The dialog itself asks before replacing an existing file.
    static void saveFile(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                         Answer answer);

private:
    static void show(QWidget *parent, const Request &request, Answer answer);
};

} // namespace Rewind
