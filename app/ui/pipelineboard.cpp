#include "pipelineboard.h"

#include "collectioncolumns.h"
#include "stagecolumn.h"

#include "storage/localstore.h"
#include "storage/pipelinesummary.h"

#include "domain/collectionspec.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

const CollectionSpec &opportunities()
{
    return *CollectionSpec::byName(QStringLiteral("opportunities"));
}

QString money(qint64 minor, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(double(minor) / 100.0, 'f', 0), currency);
}

} // namespace

PipelineBoard::PipelineBoard(const LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(8);
    for (const QString &stage : opportunities().field(QStringLiteral("stage"))->enumValues) {
        auto *box = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setWordWrap(true);
        header->setMinimumHeight(header->fontMetrics().height() * 3);
        auto *column = new StageColumn(stage, this);
        column->setMinimumWidth(150);
        connect(column, &StageColumn::cardDropped, this, &PipelineBoard::moveRequested);
        connect(column, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
            emit opened(item->data(StageColumn::IdRole).toString());
        });
        box->addWidget(header);
        box->addWidget(column, 1);
        layout->addLayout(box, 1);
        m_columns.insert(stage, column);
        m_headers.insert(stage, header);
    }
}

void PipelineBoard::reload()
{
    QMap<QString, PipelineSummary::Stage> totals;
    try {
        totals = PipelineSummary::read(m_store.db(), m_store.tenantId());
    } catch (const StorageError &) {
        // Shown as empty stages; the window reports cache failures where they happen.
    }
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        const QString stage = it.key();
        StageColumn *column = it.value();
        const PipelineSummary::Stage summary = totals.value(stage);
        QStringList amounts;
        for (auto sum = summary.amountMinor.constBegin(); sum != summary.amountMinor.constEnd();
             ++sum)
            amounts << money(sum.value(), sum.key());
        m_headers.value(stage)->setText(
            QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(CollectionColumns::valueLabel(stage),
                    // Spelled out rather than %n: the source language has no .qm of its own.
                    summary.count == 1
                        ? tr("1 opportunity")
                        : tr("%1 opportunities").arg(QLocale().toString(summary.count)),
                    amounts.isEmpty() ? tr("no amount") : amounts.join(QStringLiteral(" + "))));

        column->clear();
        ListQuery query;
        query.limit = CardsPerStage;
        query.filters = {{QStringLiteral("stage"), stage}};
        query.sort = {{QStringLiteral("amount"), true}};
        QJsonArray cards;
        try {
            cards = m_store.list(opportunities(), query).records();
        } catch (const std::exception &) { }
        for (const QJsonValue &value : cards) {
            const QJsonObject card = value.toObject();
            const QJsonValue amount = card.value(QStringLiteral("amount"));
            QString text = card.value(QStringLiteral("name")).toString();
            if (amount.isDouble())
                text += u'\n'
                    + QStringLiteral("%1 %2").arg(QLocale().toString(amount.toDouble(), 'f', 0),
                        card.value(QStringLiteral("currency")).toString());
            auto *item = new QListWidgetItem(text, column);
            item->setData(StageColumn::IdRole, card.value(QStringLiteral("id")).toString());
            item->setToolTip(tr("Drag to another stage; double-click to open"));
        }
    }
}
