#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QHash>
#include <QObject>

// List endpoints: pagination maths and Link headers, default order and stable paging, search,
// every filter of every collection, sorting and updatedSince.
class TestLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void pagination_data();
    void pagination();
    void defaultsAndLimits();
    void emptyResult();
    void linksKeepOtherParameters();
    void pagingIsStableAndComplete();
    void search_data();
    void search();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void sortByTimestamps();
    void updatedSince();

private:
    QString make(const QString &collection, const QString &label, QJsonObject body);
    QStringList labels(const HttpResult &r, const QString &collection) const;
    QString substitute(QString text) const;

    ServerProcess m_server;
    TestTenant m_tenant;
    QHash<QString, QString> m_ids; // label -> id
};
