#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Rewind
{

/// What went wrong, in a form callers can branch on (code) and people can act on (message).
enum class ErrorCode
{
    InvalidArgument,
    NotFound,
    AlreadyExists,
    Io,
    Database,
    Corrupt,
    Busy,
    ReadOnly,
    Cancelled,
    Unsupported,
};

/// A failure as a value. `message` is translated and names what, where and what to do;
/// `detail` carries technical context for logs (native SQLite error codes, errno text).
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString detail;
};

/// Either a value or an Error. Small std::variant wrapper; no exceptions cross module borders.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return std::get<T>(m_data); }
    T &operator*() & { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that has no value to hand back.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace Rewind
