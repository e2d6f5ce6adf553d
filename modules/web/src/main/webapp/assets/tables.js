// On a phone, each table row is shown as a card (passerelle.css): every cell is labelled with its
// column's header, read from the table's own header row. Nothing else; the pages work without it.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("table").forEach(function (table) {
        var head = table.tHead && table.tHead.rows[0];
        if (!head) {
            return;
        }
        var names = Array.prototype.map.call(head.cells, function (cell) {
            return cell.textContent.trim();
        });
        Array.prototype.forEach.call(table.tBodies, function (body) {
            Array.prototype.forEach.call(body.rows, function (row) {
                Array.prototype.forEach.call(row.cells, function (cell, i) {
                    if (names[i] && !cell.hasAttribute("data-label")) {
                        cell.setAttribute("data-label", names[i]);
                    }
                });
            });
        });
    });
});
