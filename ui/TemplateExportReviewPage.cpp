#include "TemplateExportReviewPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>

#include "FileDialogs.h"
#include "TemplateExportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportReviewPage::TemplateExportReviewPage(TemplateExportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateReviewPage"_s);
    setTitle(tr("Check what the template leaves out"));
    setSubTitle(tr("Some things cannot travel in a template. They are listed here so you can set them up by hand "
                   "after loading it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Write Template"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"templateReviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_omitted = new QTableWidget(this);
    m_omitted->setObjectName(u"templateOmittedTable"_s);
    m_omitted->setColumnCount(3);
    m_omitted->setHorizontalHeaderLabels({tr("DB"), tr("Not in the template"), tr("Why, and what to do")});
    m_omitted->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_omitted->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_omitted->setAlternatingRowColors(true);
    m_omitted->setWordWrap(false);
    m_omitted->verticalHeader()->hide();
    m_omitted->verticalHeader()->setDefaultSectionSize(m_omitted->fontMetrics().height() + 8);
    m_omitted->horizontalHeader()->setStretchLastSection(true);
    auto *omittedLabel = new QLabel(tr("&Left out:"), this);
    omittedLabel->setBuddy(m_omitted);

    m_dangling = new QLabel(this);
    m_dangling->setObjectName(u"templateReviewDangling"_s);
    m_dangling->setWordWrap(true);
    m_dangling->setTextFormat(Qt::PlainText);
    m_dangling->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"templatePathEdit"_s);
    m_path->setPlaceholderText(tr("Path of the template file to write"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"templateBrowseButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_replace = new QCheckBox(tr("Re&place the existing file"), this);
    m_replace->setObjectName(u"templateReplaceCheck"_s);
    m_replace->hide();
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"templatePathHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(u"color: #b3261e;"_s);
    m_hint->hide();

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_replace);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(omittedLabel);
    layout->addWidget(m_omitted, 1);
    layout->addWidget(m_dangling);
    layout->addLayout(form);
    layout->addWidget(m_hint);

    connect(m_path, &QLineEdit::textChanged, this, &TemplateExportReviewPage::onPathChanged);
    connect(m_replace, &QCheckBox::toggled, this, &TemplateExportReviewPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &TemplateExportReviewPage::browse);
}

void TemplateExportReviewPage::initializePage()
{
    if (!m_state->preview)
        return;
    const TemplateDocument &doc = m_state->preview->document;
    QStringList names;
    int fields = 0;
    int settings = 0;
    for (const TemplateDb &db : doc.dbs) {
        names.append(db.name);
        fields += int(db.fields.size());
        settings += int(db.settings.size());
    }
    m_summary->setText(tr("From %1, the template holds these DBs (%2): %3.\nFields: %4, settings: %5.")
                           .arg(m_state->sourceName(), QString::number(names.size()), names.join(u", "_s),
                                QString::number(fields), QString::number(settings)));

    m_omitted->setRowCount(int(doc.omitted.size()));
    for (int r = 0; r < doc.omitted.size(); ++r) {
        const TemplateOmission &o = doc.omitted[r];
        const QStringList cells = {o.db, o.item, o.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_omitted->setItem(r, c, item);
        }
    }
    m_omitted->resizeColumnsToContents();
    for (int c = 0; c < 2; ++c)
        m_omitted->setColumnWidth(c, std::min(m_omitted->columnWidth(c), 260));

    const QStringList &dangling = m_state->preview->dangling;
    m_dangling->setText(dangling.isEmpty() ? QString()
                                           : tr("Links to DBs outside the template: %1").arg(dangling.join(u", "_s)));
    m_dangling->setVisible(!dangling.isEmpty());

    // Suggest a file in the documents folder until the user picks another.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    if (!m_path->text().trimmed().isEmpty())
        folder = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absolutePath();
    const QString suggestion = QDir::toNativeSeparators(QDir(folder).filePath(m_state->suggestedFileName()));
    if (m_path->text().isEmpty() || m_path->text() == m_suggested)
        m_path->setText(suggestion);
    m_suggested = suggestion;
    onPathChanged();
}

void TemplateExportReviewPage::browse()
{
    FileDialogs::saveFile(this, tr("Export Template"), m_path->text().trimmed(),
                          tr("Rewind templates (*.zip);;All files (*)"), [this](const QString &path) {
                              m_path->setText(QDir::toNativeSeparators(path));
                              // The file dialog already asked before choosing an existing file.
                              m_replace->setChecked(QFileInfo::exists(path));
                          });
}

void TemplateExportReviewPage::onPathChanged()
{
    m_state->outPath = m_path->text().trimmed();
    const QString path = QDir::fromNativeSeparators(m_state->outPath);
    const QFileInfo info(path);
    QString hint;
    if (path.isEmpty())
        hint = tr("Say where to write the template.");
    else if (info.isDir())
        hint = tr("%1 is a folder. Choose a file name.").arg(m_state->outPath);
    else if (!info.absoluteDir().exists())
        hint = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const bool exists = info.isFile();
    if (!exists)
        m_replace->setChecked(false);
    m_replace->setVisible(exists);
    emit completeChanged();
}

bool TemplateExportReviewPage::isComplete() const
{
    return m_state->preview.has_value() && m_hint->text().isEmpty() &&
           (!m_replace->isVisibleTo(this) || m_replace->isChecked());
}

} // namespace Rewind
