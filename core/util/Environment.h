#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace Rewind
{

/// One of the seven generation slots, Monday first (Qt::DayOfWeek numbering: Monday = 1).
enum class Weekday
{
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun
};

inline constexpr std::array<Weekday, 7> kAllWeekdays = {Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu,
                                                        Weekday::Fri, Weekday::Sat, Weekday::Sun};

/// "mon" … "sun": the stable key used in file names, --env arguments and JSON.
QString weekdayKey(Weekday day);
std::optional<Weekday> weekdayFromKey(const QString &key);
Weekday weekdayOf(const QDate &date);
/// Translated long name ("Monday" / "月曜日").
QString weekdayName(Weekday day);
/// Translated one-letter name ("Mon" / "月").
QString weekdayShortName(Weekday day);

/// Which database a user or command looks at: production, or one weekday generation.
class EnvironmentId
{
public:
    static EnvironmentId production() { return EnvironmentId(); }
    static EnvironmentId generation(Weekday day) { return EnvironmentId(day); }
    /// Parses "production" or a weekday key; std::nullopt for anything else.
    static std::optional<EnvironmentId> parse(const QString &text);

    bool isProduction() const { return !m_slot.has_value(); }
    Weekday slot() const { return *m_slot; }
    QString key() const;
    /// Translated display name (本番 / 月曜日).
    QString displayName() const;

    bool operator==(const EnvironmentId &other) const = default;

private:
    EnvironmentId() = default;
    explicit EnvironmentId(Weekday day) : m_slot(day) {}
    std::optional<Weekday> m_slot;
};

} // namespace Rewind
