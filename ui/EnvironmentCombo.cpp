#include "EnvironmentCombo.h"

#include <QSignalBlocker>

#include "backup/GenerationStore.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

EnvironmentCombo::EnvironmentCombo(DataDir dir, bool withProduction, QWidget *parent)
    : QComboBox(parent), m_dir(std::move(dir)), m_withProduction(withProduction)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void EnvironmentCombo::fill(const std::optional<EnvironmentId> &preferred)
{
    const QSignalBlocker blocker(this);
    clear();
    if (m_withProduction)
        addItem(EnvironmentId::production().displayName(), EnvironmentId::production().key());
    QDateTime newest;
    QString newestKey;
    for (const GenerationInfo &info : GenerationStore(m_dir).list()) {
        // A slot being written still holds its last published generation, which stays readable.
        if ((info.state != SlotState::Ready && info.state != SlotState::Writing) || !info.manifest)
            continue;
        const EnvironmentId env = EnvironmentId::generation(info.slot);
        const QString taken = info.manifest->takenAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        addItem(tr("%1 generation (%2)").arg(weekdayName(info.slot), taken), env.key());
        if (!newest.isValid() || info.manifest->takenAt > newest) {
            newest = info.manifest->takenAt;
            newestKey = env.key();
        }
    }
    int index = preferred ? findData(preferred->key()) : -1;
    if (index < 0)
        index = m_withProduction ? 0 : findData(newestKey);
    setCurrentIndex(std::max(0, index));
}

std::optional<EnvironmentId> EnvironmentCombo::environment() const
{
    if (currentIndex() < 0)
        return std::nullopt;
    return EnvironmentId::parse(currentData().toString());
}

} // namespace Rewind
