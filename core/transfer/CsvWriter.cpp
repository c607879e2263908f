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
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

bool formulaStart(const char *data, qsizetype size)
{
    if (size == 0)
        return false;
    const char c = data[0];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvEncoding encoding, bool formulaGuard)
    : m_device(device), m_encoding(encoding), m_guard(formulaGuard)
{
    m_buffer.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::begin()
{
    if (m_encoding == CsvEncoding::Utf8Bom)
        m_buffer.append("\xEF\xBB\xBF");
    return true;
}

// `data` is already in the output encoding. The guard and quoting look only at ASCII bytes, which
// mean the same in UTF-8 and CP932 (CP932's second bytes are never ',', '"', CR or LF).
void CsvWriter::appendEncoded(const char *data, qsizetype size, bool guard)
{
    if (!m_firstCell)
        m_buffer.append(',');
    m_firstCell = false;
    const bool prefix = guard && formulaStart(data, size);
    if (!prefix && !needsQuotes(data, size)) {
        m_buffer.append(data, size);
        return;
    }
    m_buffer.append('"');
    if (prefix)
        m_buffer.append('\'');
    const char *start = data;
    const char *end = data + size;
    while (const char *q = static_cast<const char *>(std::memchr(start, '"', size_t(end - start)))) {
        m_buffer.append(start, q - start + 1);
        m_buffer.append('"');
        start = q + 1;
    }
    m_buffer.append(start, end - start);
    m_buffer.append('"');
}

bool CsvWriter::encodeCp932(const QString &text)
{
    const QString mapped = CsvText::toMicrosoftForms(text);
    QStringEncoder encoder("windows-31j"); // not Stateless: a stateless converter records no errors
    const QByteArray bytes = encoder.encode(mapped);
    // QStringEncoder writes a replacement quietly; hasError() is the only sign.
    if (encoder.hasError()) {
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
    return m_buffer.size() < kFlushAt || flush();
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
    return m_buffer.size() < kFlushAt || flush();
}

bool CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_firstCell = true;
    return m_buffer.size() < kFlushAt || flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_total += m_buffer.size();
    m_buffer.clear();
    return true;
}

} // namespace Rewind
