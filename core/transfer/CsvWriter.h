#pragma once

#include "transfer/CsvEncoding.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;
class QStringEncoder;

namespace Rewind
{

/// Writes RFC 4180 CSV to a device: CRLF line ends, quotes where needed, embedded newlines kept.
/// With the formula guard on, a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR
/// first) gets a leading apostrophe, which CsvReader-based imports strip again. Buffers 256 KiB.
/// QIODevice habit: calls return false and errorString() says why (for CP932: which character).
class CsvWriter final
{
public:
    CsvWriter(QIODevice *device, CsvEncoding encoding, bool formulaGuard = true);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// Writes the BOM for UTF-8 with BOM; call once before the first row.
    bool begin();
    /// Appends a cell to the current row.
    bool addCell(const QString &text);
    /// Appends a cell given as UTF-8 bytes (the fast path from SQLite text): no decoding for UTF-8
    /// output, and none for CP932 output when the bytes are plain ASCII.
    bool addCellUtf8(const char *data, qsizetype size);
    bool endRow();
    bool flush();
    qint64 bytesWritten() const { return m_total + m_used; }
    QString errorString() const { return m_error; }
    /// The character that could not be encoded, after addCell() failed for that reason.
    QString unencodable() const { return m_unencodable; }

private:
    void appendEncoded(const char *data, qsizetype size, bool guard);
    void put(const char *data, qsizetype size);
    void put(char c);
    bool encodeCp932(const QString &text);

    QIODevice *m_device;
    CsvEncoding m_encoding;
    bool m_guard;
    bool m_firstCell = true;
    QByteArray m_buffer; // fixed size; m_used bytes of it are pending
    qsizetype m_used = 0;
    qint64 m_total = 0;
    QString m_error;
    QString m_unencodable;
    std::unique_ptr<QStringEncoder> m_encoder;
};

} // namespace Rewind
