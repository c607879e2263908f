#pragma once

#include "util/DataDir.h"
#include "util/Environment.h"

#include <QComboBox>

#include <optional>

namespace Rewind
{

/// A combo box of the environments a flow can read: production (optionally) and every generation that
/// is published, each with the time it was taken. The item data is EnvironmentId::key().
class EnvironmentCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentCombo)

public:
    EnvironmentCombo(DataDir dir, bool withProduction, QWidget *parent = nullptr);

    /// Reads the slots again and selects `preferred` when it is listed, else the newest generation (or
    /// production when it is listed). Emits no signal.
    void fill(const std::optional<EnvironmentId> &preferred);
    /// The selected environment; empty when nothing is listed.
    std::optional<EnvironmentId> environment() const;

private:
    DataDir m_dir;
    bool m_withProduction = false;
};

} // namespace Rewind
