#pragma once

#include <QLabel>

// The status bar's word on the server this app runs for its team: where colleagues reach it
// (or that only this computer can), or that it could not start.
class WorkspaceServerIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit WorkspaceServerIndicator(QWidget *parent = nullptr);

    void showRunning(quint16 port, bool shareOnNetwork);
    void showStopped(const QString &reason);
};
