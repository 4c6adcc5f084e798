#include "console.h"

#include <QFile>
#include <cstdio>

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void Console::outLine(const QString &line)
{
    write(stdout, line.toUtf8() + '\n');
}

void Console::errLine(const QString &line)
{
    write(stderr, line.toUtf8() + '\n');
}

QString Console::readLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
