#include "MessageBoxes.h"

namespace Rewind
{

namespace
{
MessageBoxes::Handler &handler()
{
    static MessageBoxes::Handler h;
    return h;
}
} // namespace

void MessageBoxes::setHandler(Handler h)
{
    handler() = std::move(h);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Request{QMessageBox::Information, title, text, QMessageBox::Ok}, {});
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Request{QMessageBox::Warning, title, text, QMessageBox::Ok}, {});
}

void MessageBoxes::about(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Request{QMessageBox::NoIcon, title, text, QMessageBox::Ok}, {});
}

void MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                            QMessageBox::StandardButtons buttons, Answer answer)
{
    show(parent, Request{QMessageBox::Question, title, text, buttons}, std::move(answer));
}

void MessageBoxes::show(QWidget *parent, const Request &request, Answer answer)
{
    if (handler()) {
        const QMessageBox::StandardButton button = handler()(request);
        if (answer)
            answer(button);
        return;
    }
    auto *box = new QMessageBox(request.icon, request.title, request.text, request.buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (answer) {
        QObject::connect(box, &QMessageBox::finished, box,
                         [box, answer = std::move(answer)](int) { answer(box->standardButton(box->clickedButton())); });
    }
    // open(): window-modal without a nested event loop.
    box->open();
}

} // namespace Rewind
