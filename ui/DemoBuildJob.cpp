#include "DemoBuildJob.h"

#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Rewind
{

using namespace Qt::StringLiterals;

DemoBuildJob::DemoBuildJob(DataDir dir, DemoOptions options, QWidget *window)
    : QObject(window), m_dir(std::move(dir)), m_options(std::move(options)), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DemoBuildJob::onFinished);
}

DemoBuildJob::~DemoBuildJob()
{
    m_watcher.cancel(); // the builder notices at its next progress report; nothing here waits for it
    if (!m_window)
        delete m_dialog; // a top-level dialog of our own
}

void DemoBuildJob::start()
{
    if (m_watcher.isRunning())
        return;
    m_dialog = new QProgressDialog(m_window);
    m_dialog->setObjectName(u"demoProgress"_s);
    m_dialog->setWindowTitle(tr("Building the demo workspace"));
    m_dialog->setLabelText(tr("Preparing a week of sample data and backups…"));
    m_dialog->setRange(0, 100);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumWidth(420);
    // QProgressDialog hides itself on Cancel; the builder stops at its next progress report.
    connect(m_dialog, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<Outcome>::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_dialog, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressTextChanged, m_dialog, &QProgressDialog::setLabelText);

    const DataDir dir = m_dir;
    const DemoOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([dir, options](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 100);
        std::atomic_bool cancel = false;
        DemoBuilder builder(dir, options);
        builder.setCancelFlag(&cancel);
        builder.setProgress([&promise, &cancel](int percent, const QString &stage) {
            promise.setProgressValueAndText(percent, stage);
            if (promise.isCanceled())
                cancel = true;
        });
        auto result = builder.build();
        Outcome outcome;
        outcome.ok = result.ok();
        if (result.ok())
            outcome.summary = result.value();
        else
            outcome.message = result.error().message;
        outcome.cancelled = !result.ok() && result.error().code == ErrorCode::Cancelled;
        promise.addResult(outcome);
    }));
    m_dialog->show();
}

void DemoBuildJob::onFinished()
{
    Outcome outcome;
    if (m_watcher.future().resultCount() > 0) {
        outcome = m_watcher.result();
    } else {
        // Cancelled: the promise drops results added after cancel().
        outcome.cancelled = true;
        outcome.message = tr("Building the demo was cancelled.");
    }
    // Announce first: whoever listens may open the next window before this dialog goes away.
    emit finished(outcome);
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
}

} // namespace Rewind
