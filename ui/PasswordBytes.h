#pragma once

#include "access/PasswordHash.h"

#include <QByteArray>
#include <QLineEdit>
#include <QString>

#include <memory>

namespace Rewind
{

/// A password's UTF-8 bytes on their way to a worker thread: one buffer, shared by the UI and the task
/// (whichever finishes last frees it, hence the shared ownership), and wiped when the last owner lets go.
class PasswordBytes final
{
public:
    explicit PasswordBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    ~PasswordBytes() { PasswordHash::wipe(m_bytes); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;

    /// What a field holds, as UTF-8; the intermediate copy of the text is wiped. The field is left alone.
    static std::shared_ptr<const PasswordBytes> read(const QLineEdit *edit)
    {
        QString text = edit->text();
        auto bytes = std::make_shared<const PasswordBytes>(text.toUtf8());
        PasswordHash::wipe(text);
        return bytes;
    }

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

using SharedPassword = std::shared_ptr<const PasswordBytes>;

} // namespace Rewind
