#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringEncoder>

#include <cstring>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype kFlushAt = 256 * 1024;

bool needsQuotes(const char *data, qsizetype size)
{
    // ',' '"' CR and LF are all below 0x2D: one comparison rules out almost every byte.
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c <= ',' && (c == ',' || c == '"' || c == '\n' || c == '\r'))
            return true;
    }
    return false;
}

bool formulaStart(const char *data, qsizetype size)
{
    if (size == 0)
        return false;
    const char c = data[0];
    // A leading apostrophe is guarded too, so the importer's "strip one apostrophe" gives it back.
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvEncoding encoding, bool formulaGuard)
    : m_device(device), m_encoding(encoding), m_guard(formulaGuard)
{
    m_buffer.resize(kFlushAt * 2);
}

// Appends to the pending bytes; a piece larger than the buffer's free room goes out at once.
void CsvWriter::put(const char *data, qsizetype size)
{
    if (m_used + size > m_buffer.size()) {
        if (!flush())
            return;
        if (size > m_buffer.size()) {
            if (m_device->write(data, size) != size)
                m_error = m_device->errorString();
            m_total += size;
            return;
        }
    }
    std::memcpy(m_buffer.data() + m_used, data, size_t(size));
    m_used += size;
}

void CsvWriter::put(char c)
{
    if (m_used == m_buffer.size() && !flush())
        return;
    m_buffer.data()[m_used++] = c;
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::begin()
{
    if (m_encoding == CsvEncoding::Utf8Bom)
        put("\xEF\xBB\xBF", 3);
    return m_error.isEmpty();
}

// `data` is already in the output encoding. The guard and quoting look only at ASCII bytes, which
// mean the same in UTF-8 and CP932 (CP932's second bytes are never ',', '"', CR or LF).
void CsvWriter::appendEncoded(const char *data, qsizetype size, bool guard)
{
    if (!m_firstCell)
        put(',');
    m_firstCell = false;
    const bool prefix = guard && formulaStart(data, size);
    if (!prefix && !needsQuotes(data, size)) {
        put(data, size);
        return;
    }
    put('"');
    if (prefix)
        put('\'');
    const char *start = data;
    const char *end = data + size;
    while (const char *q = static_cast<const char *>(std::memchr(start, '"', size_t(end - start)))) {
        put(start, q - start + 1);
        put('"');
        start = q + 1;
    }
    put(start, end - start);
    put('"');
}

bool CsvWriter::encodeCp932(const QString &text)
{
    const QString mapped = CsvText::toMicrosoftForms(text);
    // One encoder for the whole file (creating one per cell costs more than the encoding); it is
    // replaced after an error, which it would otherwise keep reporting.
    if (!m_encoder)
        m_encoder = std::make_unique<QStringEncoder>("windows-31j");
    const QByteArray bytes = m_encoder->encode(mapped);
    // QStringEncoder writes a replacement quietly; hasError() is the only sign.
    if (m_encoder->hasError()) {
        m_encoder.reset();
        m_unencodable = CsvText::firstUnencodable(mapped);
        m_error = QCoreApplication::translate("Rewind::CsvWriter",
                                              "The character \"%1\" (U+%2) cannot be written in Shift_JIS.")
                      .arg(m_unencodable)
                      .arg(m_unencodable.isEmpty() ? 0u : m_unencodable.toUcs4().value(0), 4, 16, QLatin1Char('0'));
        return false;
    }
    appendEncoded(bytes.constData(), bytes.size(), m_guard);
    return true;
}

bool CsvWriter::addCell(const QString &text)
{
    if (m_encoding == CsvEncoding::Cp932) {
        if (!encodeCp932(text))
            return false;
    } else {
        const QByteArray bytes = text.toUtf8();
        appendEncoded(bytes.constData(), bytes.size(), m_guard);
    }
    return m_used < kFlushAt || flush();
}

bool CsvWriter::addCellUtf8(const char *data, qsizetype size)
{
    if (m_encoding == CsvEncoding::Cp932) {
        bool ascii = true;
        for (qsizetype i = 0; i < size && ascii; ++i)
            ascii = static_cast<unsigned char>(data[i]) < 0x80;
        if (!ascii)
            return addCell(QString::fromUtf8(data, size));
    }
    appendEncoded(data, size, m_guard);
    return m_used < kFlushAt || flush();
}

bool CsvWriter::endRow()
{
    put("\r\n", 2);
    m_firstCell = true;
    return m_used < kFlushAt || flush();
}

bool CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (m_used == 0)
        return true;
    if (m_device->write(m_buffer.constData(), m_used) != m_used) {
        m_error = m_device->errorString();
        return false;
    }
    m_total += m_used;
    m_used = 0;
    return true;
}

} // namespace Rewind
