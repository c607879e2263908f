#include "CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kChunk = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::CsvReader", text);
}

// Valid UTF-8 apart from a sequence cut off at the end of the sample.
bool isUtf8(const QByteArray &bytes, bool atEnd)
{
    QStringDecoder d(QStringDecoder::Utf8); // not Stateless: a stateless converter records no errors
    qsizetype n = bytes.size();
    if (!atEnd) {
        // Step back over a trailing partial sequence (at most 3 continuation bytes).
        qsizetype back = 0;
        while (back < 3 && n - back - 1 >= 0 && (uchar(bytes[n - back - 1]) & 0xC0) == 0x80)
            ++back;
        if (n - back - 1 >= 0 && uchar(bytes[n - back - 1]) >= 0xC0)
            n -= back + 1;
    }
    // decode() is lazy: the conversion (and any error) happens when its result becomes a QString.
    const QString decoded = d.decode(QByteArrayView(bytes).first(n));
    return !d.hasError();
}
} // namespace

CsvReader::CsvReader(Options options) : m_options(options)
{
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

Result<CsvEncoding> CsvReader::detectEncoding(const QByteArray &head, bool atEnd)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return makeError(ErrorCode::Unsupported, tr("The file is UTF-16 text. Save it as \"CSV UTF-8\" or "
                                                    "\"CSV (comma delimited)\" and import that file."));
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8Bom;
    if (head.contains('\0')) {
        return makeError(ErrorCode::Corrupt, tr("The file contains binary data (NUL bytes), so it is not a CSV file. "
                                                "Export the data as CSV and import that file."));
    }
    if (isUtf8(head, atEnd))
        return CsvEncoding::Utf8;
    QStringDecoder cp932("windows-31j");
    const QString decoded = cp932.decode(head); // lazy until assigned
    if (!cp932.hasError() || !atEnd)
        return CsvEncoding::Cp932;
    return makeError(ErrorCode::Corrupt, tr("The file is neither UTF-8 nor Shift_JIS (CP932) text."));
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QChar candidates[] = {u',', u'\t', u';'};
    QChar best = u',';
    int bestScore = 0;
    for (QChar c : candidates) {
        // Count the delimiter per line (outside quotes) over the first lines; a delimiter that splits
        // every line the same number of times wins.
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar ch = text[i];
            if (ch == u'"')
                quoted = !quoted;
            else if (!quoted && ch == c)
                ++count;
            else if (!quoted && ch == u'\n') {
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        int consistent = 0;
        for (int n : counts)
            consistent += n == counts.first() ? 1 : 0;
        const int score = consistent * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

bool CsvReader::open(const QString &path)
{
    m_path = QDir::toNativeSeparators(path);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(m_path, m_file.errorString()));
    m_size = m_file.size();
    if (m_size == 0)
        return fail(tr("%1 is empty: there is no header row and no records.").arg(m_path));
    const QByteArray head = m_file.peek(kChunk);
    if (m_options.encoding) {
        m_encoding = *m_options.encoding;
        if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.contains('\0')) {
            // UTF-16 and binary data are refused whatever encoding was chosen. (A UTF-8 byte order mark
            // followed by NUL bytes detects as UTF-8: fill() refuses those bytes below.)
            auto detected = detectEncoding(head, m_size <= kChunk);
            if (!detected)
                return fail(tr("%1: %2").arg(m_path, detected.error().message));
        }
    } else {
        auto detected = detectEncoding(head, m_size <= kChunk);
        if (!detected)
            return fail(tr("%1: %2").arg(m_path, detected.error().message));
        m_encoding = detected.value();
    }
    if (m_encoding == CsvEncoding::Cp932) {
        m_decoder = QStringDecoder("windows-31j");
    } else {
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        if (head.startsWith("\xEF\xBB\xBF")) {
            m_file.read(3);
            m_bytesRead = 3;
            m_encoding = CsvEncoding::Utf8Bom;
        }
    }
    if (!m_decoder.isValid())
        return fail(tr("This system cannot decode Shift_JIS (CP932)."));
    if (!fill())
        return false;
    m_delimiter = m_options.delimiter
                      ? *m_options.delimiter
                      : detectDelimiter(QStringView(m_text).first(std::min<qsizetype>(m_text.size(), 64 * 1024)));
    return true;
}

// Appends the next chunk of decoded text; false on a decoding error.
bool CsvReader::fill()
{
    if (m_eof)
        return true;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_file.read(std::max<qint64>(1, m_options.readChunkBytes));
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        m_eof = true;
        // A multi-byte character cut off by the end of the file stays pending in the decoder without an
        // error; one more byte makes it show. The extra line feed only ends the last record.
        // (ICU's CP932 decoder turns the dangling byte into U+001A without always raising hasError(), so
        // the output is checked too: a clean end decodes the line feed to exactly a line feed.)
        const QString tail = m_decoder.decode(QByteArrayView("\n", 1));
        m_text.append(tail);
        if (m_decoder.hasError() || tail != u"\n"_s) {
            return fail(tr("%1 ends in the middle of a character (the file is truncated or not %2).")
                            .arg(m_path, csvEncodingName(m_encoding)));
        }

        return true;
    }
    if (bytes.contains('\0'))
        return fail(
            tr("%1 contains binary data (NUL bytes) near line %2; it is not a CSV file.").arg(m_path).arg(m_line));
    m_text.append(m_decoder.decode(bytes));
    if (m_decoder.hasError()) {
        return fail(tr("%1 has bytes that are not valid %2 near line %3. Choose the file's real encoding, or save it "
                       "again as UTF-8.")
                        .arg(m_path, csvEncodingName(m_encoding))
                        .arg(m_line));
    }
    return true;
}

bool CsvReader::readRow(QStringList *cells)
{
    cells->clear();
    if (hasError())
        return false;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool any = false;       // this record has content
    m_rowLine = m_line;
    for (;;) {
        if (m_pos >= m_text.size()) {
            if (m_eof) {
                if (quoted)
                    return fail(
                        tr("%1: the quoted field that starts on line %2 (record %3) is never closed. Check for a "
                           "missing double quote.")
                            .arg(m_path)
                            .arg(m_rowLine)
                            .arg(m_row + 1));
                if (!any && field.isEmpty() && cells->isEmpty())
                    return false; // end of file
                cells->append(field);
                ++m_row;
                return true;
            }
            if (!fill())
                return false;
            continue;
        }
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_text.size() && !m_eof) {
                    --m_pos; // need the next character to decide
                    if (!fill())
                        return false;
                    ++m_pos;
                }
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                    field.append(u'"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                // Copy the run up to the next quote or line feed in one go.
                const qsizetype start = m_pos - 1;
                const QChar *data = m_text.constData();
                qsizetype end = m_pos;
                while (end < m_text.size() && data[end] != u'"' && data[end] != u'\n')
                    ++end;
                field.append(QStringView(m_text).mid(start, end - start));
                m_pos = end;
            }
        } else if (c == m_delimiter) {
            cells->append(field);
            field.clear();
            wasQuoted = false;
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (m_pos >= m_text.size() && !m_eof && !fill())
                    return false;
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            if (!any && field.isEmpty() && !wasQuoted) {
                m_rowLine = m_line; // a blank line: skip it
                continue;
            }
            cells->append(field);
            ++m_row;
            return true;
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            any = true;
        } else {
            // An unquoted run: everything up to the next delimiter or line end at once. A quote inside
            // an unquoted field is kept as it is, as Excel does.
            const qsizetype start = m_pos - 1;
            const char16_t delim = m_delimiter.unicode();
            const QChar *data = m_text.constData();
            qsizetype end = m_pos;
            while (end < m_text.size()) {
                const char16_t ch = data[end].unicode();
                if (ch == delim || ch == u'\n' || ch == u'\r')
                    break;
                ++end;
            }
            field.append(QStringView(m_text).mid(start, end - start));
            m_pos = end;
            any = true;
        }
        if (field.size() > m_options.maxFieldChars) {
            return fail(
                tr("%1: record %2 (from line %3) has a field longer than %4 characters. Is the file really CSV, "
                   "or is a closing quote missing?")
                    .arg(m_path)
                    .arg(m_row + 1)
                    .arg(m_rowLine)
                    .arg(m_options.maxFieldChars));
        }
    }
}

} // namespace Rewind
