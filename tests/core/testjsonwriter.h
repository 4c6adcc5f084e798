#pragma once

#include <QObject>

// JsonWriter's output must parse back to exactly what was written, for any text.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void structureAndNumbers();
    void moneyHasNoExponentAndAtMostTwoDecimals_data();
    void moneyHasNoExponentAndAtMostTwoDecimals();
};
