#pragma once

#include <QObject>

class TestRecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void createAppliesDefaults();
    void createRejectsEveryBadFieldAtOnce();
    void stringsAreTrimmedAndCountedInCodePoints();
    void controlCharactersOnlyInLongText();
    void moneyHasAtMostTwoDecimals_data();
    void moneyHasAtMostTwoDecimals();
    void phoneAndEmailFormats_data();
    void phoneAndEmailFormats();
    void probabilityFollowsStageUnlessGiven();
    void resolvedAtFollowsTicketStatus();
    void patchMergesAddressAndClearsWithNull();
    void patchNullResetsDefaultsAndRejectsRequired();
    void patchIgnoresReadOnlyAndRejectsIdChange();
};
