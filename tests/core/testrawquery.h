#pragma once

#include <QObject>

// RawQuery's statement cache: two queries of the same SQL alive at once each keep their own
// bindings, and a query that is bound but not yet stepped survives the cache evicting
// statements around it.
class TestRawQuery : public QObject
{
    Q_OBJECT
private slots:
    void sameSqlTwiceKeepsEachBinding();
    void heldStatementSurvivesEviction();
};
