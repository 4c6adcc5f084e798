#pragma once

#include <QLabel>

// A line above a tab's content that says what just happened: an error stays until the next
// action, so the server's explanation is never lost in a message box that was clicked away.
class StatusBanner : public QLabel
{
    Q_OBJECT
public:
    explicit StatusBanner(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};
