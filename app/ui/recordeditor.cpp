#include "recordeditor.h"

#include "collectioncolumns.h"

#include "domain/collectionspec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

const QStringList kAddressParts = {QStringLiteral("street"), QStringLiteral("city"),
    QStringLiteral("postalCode"), QStringLiteral("country")};

QString addressKey(const QString &field, const QString &part)
{
    return field + u'/' + part;
}

} // namespace

RecordEditor::RecordEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formHost = new QWidget(scroll);
    m_form = new QFormLayout(formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(formHost);
    layout->addWidget(scroll, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setToolTip(tr("Forget the changes made in this form"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &RecordEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { setRecord(m_record); });
    setEnabled(false);
}

void RecordEditor::setCollection(const CollectionSpec &spec)
{
    m_spec = &spec;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_errors.clear();
    for (const FieldSpec &field : spec.fields) {
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(makeEditor(field));
        auto *error = new QLabel(cell);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        cellLayout->addWidget(error);
        m_errors.insert(field.name, error);
        QString label = CollectionColumns::fieldLabel(field.name);
        if (field.required)
            label += QStringLiteral(" *");
        m_form->addRow(label, cell);
    }
    setRecord({});
    setEnabled(false);
}

QWidget *RecordEditor::makeEditor(const FieldSpec &field)
{
    const auto changedNow = [this] {
        if (!m_loading) {
            updateButtons();
            emit changed();
        }
    };
    if (field.kind == FieldKind::Address) {
        auto *box = new QWidget;
        auto *grid = new QFormLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        const QStringList labels = {tr("Street"), tr("City"), tr("Postal code"), tr("Country")};
        for (int i = 0; i < kAddressParts.size(); ++i) {
            auto *line = new QLineEdit(box);
            line->setMaxLength(field.maxLength());
            connect(line, &QLineEdit::textEdited, this, changedNow);
            grid->addRow(labels.at(i), line);
            m_editors.insert(addressKey(field.name, kAddressParts.at(i)), line);
        }
        m_editors.insert(field.name, box);
        return box;
    }
    if (field.kind == FieldKind::Enum) {
        auto *combo = new QComboBox;
        if (!field.required && field.defaultValue.isEmpty())
            combo->addItem(tr("(none)"), QString());
        for (const QString &value : field.enumValues)
            combo->addItem(CollectionColumns::valueLabel(value), value);
        connect(combo, &QComboBox::currentIndexChanged, this, changedNow);
        m_editors.insert(field.name, combo);
        return combo;
    }
    if (field.kind == FieldKind::LongText) {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setMinimumHeight(80);
        connect(text, &QPlainTextEdit::textChanged, this, changedNow);
        m_editors.insert(field.name, text);
        return text;
    }
    auto *line = new QLineEdit;
    line->setMaxLength(field.maxLength());
    line->setReadOnly(field.readOnly);
    line->setClearButtonEnabled(!field.readOnly);
    const CollectionSpec *target = CollectionSpec::byName(field.referenceTarget);
    if (field.kind == FieldKind::Reference && target)
        line->setPlaceholderText(tr("id of a %1").arg(CollectionColumns::singular(*target)));
    else if (field.kind == FieldKind::Date)
        line->setPlaceholderText(tr("YYYY-MM-DD"));
    else if (field.kind == FieldKind::Email)
        line->setPlaceholderText(tr("name@example.com"));
    else if (field.kind == FieldKind::Currency)
        line->setPlaceholderText(QStringLiteral("USD"));
    connect(line, &QLineEdit::textEdited, this, changedNow);
    m_editors.insert(field.name, line);
    return line;
}

void RecordEditor::setRecord(const QJsonObject &record)
{
    m_record = record;
    m_loading = true;
    if (m_spec) {
        for (const FieldSpec &field : m_spec->fields) {
            QJsonValue value = record.value(field.name);
            if (isNew() && (value.isUndefined() || value.isNull()) && !field.defaultValue.isEmpty())
                value = field.defaultValue;
            load(field, value);
        }
        m_title->setText(isNew() ? tr("New %1").arg(CollectionColumns::singular(*m_spec))
                                 : tr("Edit %1").arg(CollectionColumns::singular(*m_spec)));
    }
    m_loading = false;
    clearErrors();
    setEnabled(m_spec != nullptr);
    updateButtons();
}

void RecordEditor::load(const FieldSpec &field, const QJsonValue &value)
{
    if (field.kind == FieldKind::Address) {
        const QJsonObject address = value.toObject();
        for (const QString &part : kAddressParts) {
            static_cast<QLineEdit *>(m_editors.value(addressKey(field.name, part)))
                ->setText(address.value(part).toString());
        }
        return;
    }
    QWidget *editor = m_editors.value(field.name);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(qMax(0, index));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.isDouble() ? QString::number(value.toDouble(), 'f',
                          value.toDouble() == double(value.toInteger()) ? 0 : 2)
                                       : value.toString());
    }
}

QJsonValue RecordEditor::valueOf(const FieldSpec &field) const
{
    if (field.kind == FieldKind::Address) {
        QJsonObject address;
        bool any = false;
        for (const QString &part : kAddressParts) {
            const QString text
                = static_cast<QLineEdit *>(m_editors.value(addressKey(field.name, part)))->text();
            address.insert(part, text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text));
            any = any || !text.trimmed().isEmpty();
        }
        return any ? QJsonValue(address) : QJsonValue();
    }
    QWidget *editor = m_editors.value(field.name);
    QString text;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        text = combo->currentData().toString();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        text = plain->toPlainText();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        text = line->text();
    if (text.trimmed().isEmpty())
        return QJsonValue();
    if (field.kind == FieldKind::Money || field.kind == FieldKind::Percentage) {
        // A number when it reads as one; otherwise the text, so that the validator names the
        // field and says what is wrong with it.
        bool ok = false;
        const double number = QLocale().toDouble(text.trimmed(), &ok);
        if (!ok)
            return QJsonValue(text);
        return QJsonValue(number);
    }
    return QJsonValue(text);
}

bool RecordEditor::hasChanges() const
{
    return isNew() ? !createBody().isEmpty() : !patch().isEmpty();
}

QJsonObject RecordEditor::createBody() const
{
    QJsonObject body;
    if (!m_spec)
        return body;
    for (const FieldSpec &field : m_spec->fields) {
        const QJsonValue value = valueOf(field);
        if (!field.readOnly && !value.isNull())
            body.insert(field.name, value);
    }
    return body;
}

QJsonObject RecordEditor::patch() const
{
    QJsonObject patch;
    if (!m_spec)
        return patch;
    for (const FieldSpec &field : m_spec->fields) {
        if (field.readOnly)
            continue;
        const QJsonValue value = valueOf(field);
        QJsonValue before = m_record.value(field.name);
        if (before.isUndefined())
            before = QJsonValue();
        if (field.kind == FieldKind::Address && before.isObject()) {
            // An address with every part empty is no address.
            bool any = false;
            for (const QString &part : kAddressParts)
                any = any || !before.toObject().value(part).toString().isEmpty();
            if (!any)
                before = QJsonValue();
        }
        if (value != before)
            patch.insert(field.name, value);
    }
    return patch;
}

void RecordEditor::showErrors(const FieldErrors &errors, const QString &summary)
{
    clearErrors();
    QStringList unplaced;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        const QString field = error.pointer.section(u'/', 1, 1);
        QLabel *line = m_errors.value(field);
        if (!line) {
            unplaced << error.detail;
            continue;
        }
        line->setText(line->text().isEmpty() ? error.detail : line->text() + u'\n' + error.detail);
        line->show();
        if (!first)
            first = m_editors.value(field);
    }
    QString text = summary;
    if (!unplaced.isEmpty())
        text += u'\n' + unplaced.join(u'\n');
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
    if (first)
        first->setFocus();
}

void RecordEditor::clearErrors()
{
    for (QLabel *line : std::as_const(m_errors)) {
        line->clear();
        line->hide();
    }
    m_summary->clear();
    m_summary->hide();
}

void RecordEditor::updateButtons()
{
    const bool changes = hasChanges();
    m_save->setEnabled(changes);
    m_revert->setEnabled(changes && !isNew());
}
