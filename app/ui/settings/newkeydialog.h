#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Shows a freshly created API key, the only time anyone sees it: the server keeps a hash only.
// The key is read-only and selectable, with a Copy button, and the warning says so plainly.
class NewKeyDialog : public QDialog
{
    Q_OBJECT
public:
    NewKeyDialog(const QString &name, const QString &key, QWidget *parent = nullptr);

    QLineEdit *keyField() const { return m_key; }
    QPushButton *copyButton() const { return m_copy; }
    void copyToClipboard();

private:
    QLineEdit *m_key = nullptr;
    QPushButton *m_copy = nullptr;
};
