// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/markstate.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QPolygonF>

namespace proofdesk::ui {

MarkState markStateOf(engine::Status status)
{
    switch (status) {
    case engine::Status::Proved:
        return MarkState::Proved;
    case engine::Status::Failed:
        return MarkState::Failed;
    case engine::Status::Unknown:
        return MarkState::Unknown;
    case engine::Status::Admitted:
        return MarkState::Admitted;
    case engine::Status::Error:
        return MarkState::Error;
    }
    return MarkState::Unknown;
}

QString markLabel(MarkState state)
{
    switch (state) {
    case MarkState::Pending:
        return QCoreApplication::translate("proofdesk::ui::Mark", "queued");
    case MarkState::Running:
        return QCoreApplication::translate("proofdesk::ui::Mark", "running");
    case MarkState::Stale:
        return QCoreApplication::translate("proofdesk::ui::Mark", "stale");
    case MarkState::Proved:
        return QCoreApplication::translate("proofdesk::ui::Mark", "proved");
    case MarkState::Failed:
        return QCoreApplication::translate("proofdesk::ui::Mark", "failed");
    case MarkState::Unknown:
        return QCoreApplication::translate("proofdesk::ui::Mark", "unknown");
    case MarkState::Admitted:
        return QCoreApplication::translate("proofdesk::ui::Mark", "admitted");
    case MarkState::Error:
        return QCoreApplication::translate("proofdesk::ui::Mark", "error");
    }
    return {};
}

QString markKey(MarkState state)
{
    switch (state) {
    case MarkState::Pending:
        return QStringLiteral("queued");
    case MarkState::Running:
        return QStringLiteral("running");
    case MarkState::Stale:
        return QStringLiteral("stale");
    case MarkState::Proved:
        return QStringLiteral("proved");
    case MarkState::Failed:
        return QStringLiteral("failed");
    case MarkState::Unknown:
        return QStringLiteral("unknown");
    case MarkState::Admitted:
        return QStringLiteral("admitted");
    case MarkState::Error:
        return QStringLiteral("error");
    }
    return {};
}

QColor markColor(MarkState state)
{
    switch (state) {
    case MarkState::Pending:
    case MarkState::Stale:
        return QColor(0x95, 0x9d, 0xa5);
    case MarkState::Running:
        return QColor(0x3d, 0xae, 0xe9);
    case MarkState::Proved:
        return QColor(0x27, 0xae, 0x60);
    case MarkState::Failed:
        return QColor(0xda, 0x44, 0x53);
    case MarkState::Unknown:
        return QColor(0xf6, 0x74, 0x00);
    case MarkState::Admitted:
        return QColor(0x9b, 0x59, 0xb6);
    case MarkState::Error:
        return QColor(0xc0, 0x39, 0x2b);
    }
    return {};
}

int markSeverity(MarkState state)
{
    switch (state) {
    case MarkState::Error:
        return 7;
    case MarkState::Failed:
        return 6;
    case MarkState::Unknown:
        return 5;
    case MarkState::Running:
        return 4;
    case MarkState::Pending:
        return 3;
    case MarkState::Stale:
        return 2;
    case MarkState::Admitted:
        return 1;
    case MarkState::Proved:
        return 0;
    }
    return 0;
}

void paintMark(QPainter &painter, const QRectF &box, MarkState state)
{
    const QColor color = markColor(state);
    const qreal side = qMin(box.width(), box.height()) * 0.72;
    const QRectF r(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax<qreal>(1.5, side / 6));
    pen.setCapStyle(Qt::RoundCap);
    switch (state) {
    case MarkState::Proved:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(r);
        break;
    case MarkState::Failed:
        painter.setPen(QPen(color, qMax<qreal>(2.0, side / 4.5), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
        break;
    case MarkState::Unknown: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPolygonF diamond{{r.center().x(), r.top()},
                                {r.right(), r.center().y()},
                                {r.center().x(), r.bottom()},
                                {r.left(), r.center().y()}};
        painter.drawPolygon(diamond);
        break;
    }
    case MarkState::Admitted:
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case MarkState::Running:
    case MarkState::Pending:
        painter.setPen(state == MarkState::Running ? pen : QPen(color, pen.widthF(), Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case MarkState::Stale:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(r.center(), side / 5, side / 5);
        break;
    case MarkState::Error: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPolygonF triangle{{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()};
        painter.drawPolygon(triangle);
        break;
    }
    }
    painter.restore();
}

} // namespace proofdesk::ui
