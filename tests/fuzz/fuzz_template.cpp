// The template reader: TemplateDocument::read() on the input as a template file (a ZIP holding
// template.json and template.sha256), and TemplateDocument::fromJson() on the input as template.json
// itself (the checksum keeps a fuzzer from reaching the JSON through the ZIP). Oracle: a template that is
// accepted writes out and reads back as the same document.

#include "FuzzSupport.h"

#include "transfer/TemplateDocument.h"

#include <QJsonDocument>

using namespace Rewind;

namespace
{
void roundTrip(const TemplateDocument &doc)
{
    const QJsonObject json = doc.toJson();
    auto again = TemplateDocument::fromJson(json);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->toJson() == json);
    const QString out = RewindFuzz::scratch() + QStringLiteral("/written.rwt");
    FUZZ_CHECK(doc.write(out).ok());
    auto reread = TemplateDocument::read(out);
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread->toJson() == json);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RewindFuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = RewindFuzz::writeScratch(QStringLiteral("input.rwt"), data, size);
    auto read = TemplateDocument::read(path);
    if (read)
        roundTrip(read.value());
    else
        FUZZ_CHECK(!read.error().message.isEmpty());

    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (json.isObject()) {
        auto parsed = TemplateDocument::fromJson(json.object());
        if (parsed)
            roundTrip(parsed.value());
        else
            FUZZ_CHECK(!parsed.error().message.isEmpty());
    }
    return 0;
}
