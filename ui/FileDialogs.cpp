#include "FileDialogs.h"

#include <QFileDialog>

namespace Rewind
{

namespace
{
FileDialogs::Handler &handler()
{
    static FileDialogs::Handler h;
    return h;
}
} // namespace

void FileDialogs::setHandler(Handler h)
{
    handler() = std::move(h);
}

void FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                           Answer answer)
{
    show(parent, Request{Kind::Open, caption, path, filter}, std::move(answer));
}

void FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                           Answer answer)
{
    show(parent, Request{Kind::Save, caption, path, filter}, std::move(answer));
}

void FileDialogs::show(QWidget *parent, const Request &request, Answer answer)
{
    if (handler()) {
        const QString chosen = handler()(request);
        if (!chosen.isEmpty() && answer)
            answer(chosen);
        return;
    }
    auto *dialog = new QFileDialog(parent, request.caption, request.path, request.filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (request.kind == Kind::Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [answer = std::move(answer)](const QString &file) {
        if (answer && !file.isEmpty())
            answer(file);
    });
    // open(): window-modal without a nested event loop.
    dialog->open();
}

} // namespace Rewind
