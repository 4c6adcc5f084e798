#include "statusbanner.h"

StatusBanner::StatusBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    // Users copy error details into support requests.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    hide();
}

void StatusBanner::showError(const QString &text)
{
    m_error = true;
    setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: #b3261e; "
                                 "padding: 6px; border-radius: 3px; }"));
    setText(text);
    show();
}

void StatusBanner::showInfo(const QString &text)
{
    m_error = false;
    setStyleSheet(QStringLiteral("QLabel { padding: 6px; }"));
    setText(text);
    show();
}

void StatusBanner::clearMessage()
{
    m_error = false;
    clear();
    hide();
}
