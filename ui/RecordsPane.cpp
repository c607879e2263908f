#include "RecordsPane.h"
#include "ActionButton.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "workspace/RecordTableModel.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kMaxInitialColumnWidth = 320; // pixels; long notes must not push every other column away
}

RecordsPane::RecordsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"recordsPane"_s);
    m_model = new RecordTableModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordsPane::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &RecordsPane::applySearch);

    m_view = new QTableView(this);
    m_view->setObjectName(u"recordView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures millions of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    {
        // Enabling sorting would sort by the header's default indicator at once; start from the query's.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    }
    m_view->setSortingEnabled(true);

    m_rowCount = new QLabel(this);
    m_rowCount->setObjectName(u"rowCountLabel"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"recordError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    connect(m_model, &RecordTableModel::rowCountKnown, this, &RecordsPane::onRowCountKnown);
    connect(m_model, &RecordTableModel::loadFailed, this, &RecordsPane::onLoadFailed);
    connect(m_model, &RecordTableModel::pageArrived, this, &RecordsPane::onPageArrived);
    connect(m_model, &RecordTableModel::modelReset, this, [this] {
        m_rows = -1;
        m_exact = false;
        m_columnsSized = false; // a reset puts the header back to default widths
        m_error->hide();
        updateStatus();
    });

    auto *top = m_top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_rowCount);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

RecordsPane::~RecordsPane() = default;

void RecordsPane::setQuery(RecordQuery query)
{
    m_searchDelay->stop();
    query.search = m_search->text().trimmed();
    m_model->setQuery(query);
    const QSignalBlocker blocker(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(query.sortColumn, query.order);
}

void RecordsPane::addToolButton(QAction *action)
{
    m_top->addWidget(makeActionButton(action, this));
}

QList<qint64> RecordsPane::selectedRecordIds(qint64 *selectedRows) const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (selectedRows)
        *selectedRows = rows.size();
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows)) {
        // Rows whose page has not arrived yet have no ID to give; they are counted, not guessed.
        const QVariant id = m_model->data(index, RecordTableModel::RecordIdRole);
        if (m_model->data(index, RecordTableModel::LoadedRole).toBool() && id.isValid())
            ids.append(id.toLongLong());
    }
    return ids;
}

void RecordsPane::clear()
{
    m_model->clear();
    m_rowCount->clear();
}

void RecordsPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordsPane::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text().trimmed());
}

void RecordsPane::onRowCountKnown(qint64 rows, bool exact)
{
    m_rows = rows;
    m_exact = exact;
    updateStatus();
    if (exact && m_model->query().search.isEmpty())
        emit recordCountKnown(m_model->query().db.id, rows);
}

void RecordsPane::onLoadFailed(const QString &message)
{
    m_error->setText(tr("The records could not be read: %1").arg(message));
    m_error->show();
    updateStatus();
}

void RecordsPane::onPageArrived()
{
    if (m_columnsSized)
        return;
    // Size the columns once per listing, from the first rows on screen.
    m_columnsSized = true;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_view->columnWidth(c) > kMaxInitialColumnWidth)
            m_view->setColumnWidth(c, kMaxInitialColumnWidth);
    }
}

void RecordsPane::updateStatus()
{
    if (m_model->query().db.id == 0) {
        m_rowCount->clear();
        return;
    }
    const bool searching = !m_model->query().search.isEmpty();
    const QString n = QLocale().toString(std::max<qint64>(m_rows, 0));
    QString text;
    if (m_rows < 0)
        text = searching ? tr("Searching…") : tr("Loading…");
    else if (m_rows == 0 && m_exact)
        text = searching ? tr("No records match") : tr("No records");
    else if (m_rows == 1 && m_exact)
        text = searching ? tr("1 record matches") : tr("1 record");
    else if (m_exact)
        text = searching ? tr("%1 records match").arg(n) : tr("%1 records").arg(n);
    else
        text = searching ? tr("at least %1 records match").arg(n) : tr("at least %1 records").arg(n);
    m_rowCount->setText(text);
}

void RecordsPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the text of every field (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    updateStatus();
    // Headers and dates are formatted by the model on demand: repaint them in the new language.
    m_view->horizontalHeader()->viewport()->update();
    m_view->viewport()->update();
}

void RecordsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Rewind
