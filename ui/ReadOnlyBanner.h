#pragma once

#include "util/Environment.h"

#include <QDateTime>
#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;

namespace Rewind
{

/// The coloured strip that says a generation is on screen and cannot be changed. Hidden for production.
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyBanner)

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    /// Shows the banner for the generation of `day` taken at `takenAt`.
    void showGeneration(Weekday day, const QDateTime &takenAt);
    /// Hides the banner (production, or nothing open).
    void clear();
    QString text() const;
    /// Puts a button for `action` (e.g. "Restore Deleted DB…") at the end of the strip.
    void addToolButton(QAction *action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QHBoxLayout *m_layout = nullptr;
    QLabel *m_label = nullptr;
    Weekday m_day = Weekday::Mon;
    QDateTime m_takenAt;
};

} // namespace Rewind
