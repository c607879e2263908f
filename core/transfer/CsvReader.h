#pragma once

#include "transfer/CsvEncoding.h"
#include "util/Result.h"

#include <QChar>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace Rewind
{

/// Streams CSV records from a file: RFC 4180 quoting (CRLF or LF, quoted newlines, doubled quotes),
/// blank lines skipped. Detects the encoding (UTF-8 BOM, valid UTF-8, else CP932 as Excel writes it)
/// and the delimiter (comma, tab or semicolon) from the file's head, unless told. Refuses what it
/// cannot read honestly (UTF-16, binary data, bytes invalid in the encoding, a quote never closed,
/// a field over the size limit) with a message naming the row and line. Memory stays bounded.
/// QIODevice habit: readRow() returns false at the end or on error; errorString() says which.
class CsvReader final
{
public:
    struct Options
    {
        std::optional<CsvEncoding> encoding; ///< empty: detect
        std::optional<QChar> delimiter;      ///< empty: detect
        qsizetype maxFieldChars = 1'000'000;
        qint64 readChunkBytes = 256 * 1024; ///< bytes read and decoded at a time (tests use tiny chunks)
    };

    explicit CsvReader(Options options);
    CsvReader() : CsvReader(Options{}) {}

    bool open(const QString &path);
    CsvEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    /// The next record; false at the end of the file (hasError() false) or on an error.
    bool readRow(QStringList *cells);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// 1-based number of the record readRow() last returned (the header is record 1).
    qint64 row() const { return m_row; }
    /// 1-based physical line on which that record started.
    qint64 line() const { return m_rowLine; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

    /// Encoding of `head` (the first bytes of a file): an error for UTF-16, binary data, or bytes
    /// that are neither UTF-8 nor CP932.
    static Result<CsvEncoding> detectEncoding(const QByteArray &head, bool atEnd);
    /// The delimiter that splits the first lines of `text` most consistently (',' when unsure).
    static QChar detectDelimiter(QStringView text);

private:
    bool fill();
    bool fail(const QString &message);

    Options m_options;
    QFile m_file;
    QString m_path;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QChar m_delimiter = u',';
    QStringDecoder m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    qint64 m_row = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    QString m_error;
};

} // namespace Rewind
