#pragma once

#include "cliresult.h"
#include "httpresult.h"
#include "responsecheck.h"

#include <QtTest/QTest>

// Fails the test unless the response has the expected status; shows the body otherwise.
#define OT_VERIFY_STATUS(result, expected)                                                         \
    do {                                                                                           \
        const HttpResult &ot_result_ = (result);                                                   \
        QVERIFY2(ot_result_.status == (expected),                                                  \
            qPrintable(QStringLiteral("expected HTTP %1, got %2")                                  \
                           .arg(expected)                                                          \
                           .arg(ot_result_.describe())));                                          \
    } while (false)

// Fails the test unless check (an expression giving a QString) is empty.
#define OT_VERIFY_CHECK(check)                                                                     \
    do {                                                                                           \
        const QString ot_message_ = (check);                                                       \
        QVERIFY2(ot_message_.isEmpty(), qPrintable(ot_message_));                                  \
    } while (false)

#define OT_VERIFY_PROBLEM(result, status, type)                                                    \
    OT_VERIFY_CHECK(ResponseCheck::problem((result), (status), QStringLiteral(type)))

#define OT_VERIFY_PROBLEM_AT(result, status, type, instance)                                       \
    OT_VERIFY_CHECK(ResponseCheck::problem((result), (status), QStringLiteral(type), (instance)))

// Fails the test when a helper that uses QVERIFY/QCOMPARE has failed.
#define OT_CHECK_FAILED()                                                                          \
    do {                                                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// Fails the test unless the command line run ended with the expected exit code; shows its
// output otherwise. The run expression is evaluated once.
#define OT_VERIFY_EXIT(result, expectedExit)                                                       \
    do {                                                                                           \
        const CliResult &ot_run_ = (result);                                                       \
        QVERIFY2(ot_run_.exitCode == (expectedExit), qPrintable(ot_run_.describe()));              \
    } while (false)
