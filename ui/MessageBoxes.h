#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace Rewind
{

/// The one way the console shows a message box. Dialogs are window-modal and opened without a
/// nested event loop; answers come back through a callback. Tests install a handler that answers
/// at once, so no test ever waits on a modal dialog.
class MessageBoxes final
{
public:
    struct Request
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    };
    /// Answers a request instead of showing it. Return the button "pressed".
    using Handler = std::function<QMessageBox::StandardButton(const Request &)>;
    using Answer = std::function<void(QMessageBox::StandardButton)>;

    /// Replaces every dialog with `handler`; an empty handler restores real dialogs. UI thread only.
    static void setHandler(Handler handler);

    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);
    /// Asks; `answer` runs once the user picked a button (at once when a handler is installed).
    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, Answer answer);

private:
    static void show(QWidget *parent, const Request &request, Answer answer);
};

} // namespace Rewind
