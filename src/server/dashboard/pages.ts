/**
 * The dashboard's two pages, in Vietnamese. Every region and row has an id (and every field a label) so a browser
 * test finds them without reading the layout: #anomalies, #orgs (rows #org-<id>), #rates, #login-form.
 */
import type { Anomaly, DashboardFigures, MonthFigures, OrgFigures } from './figures';
import { countVi, dateTimeVi, monthVi, percentVi, pointsVi } from './format';
import { type Html, html, page } from './html';
import type { StaffMember } from './staff';

export const XLSX_PATH = '/dashboard.xlsx';

export function loginPage(error: string | null, login = ''): string {
  return page(
    'Đăng nhập — Bảng theo dõi CĐCS',
    html`<main class="login">
      <h1>Bảng theo dõi công đoàn cơ sở</h1>
      <p class="note">Dành cho cán bộ công đoàn cấp trên. Chỉ xem, không sửa dữ liệu của CĐCS.</p>
      ${error ? html`<p class="error" id="login-error" role="alert">${error}</p>` : null}
      <form id="login-form" method="post" action="/login">
        <label for="login">Tên đăng nhập</label>
        <input id="login" name="login" autocomplete="username" required maxlength="100" value="${login}" />
        <label for="password">Mật khẩu</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200" />
        <button type="submit" id="login-submit">Đăng nhập</button>
      </form>
    </main>`,
  );
}

/** What the staff sees when the dashboard failed (the cause is in the server's log). */
export function errorPage(message: string): string {
  return page(
    'Lỗi — Bảng theo dõi CĐCS',
    html`<main class="login">
      <h1>Không mở được bảng theo dõi</h1>
      <p class="error" role="alert">${message}</p>
      <p><a href="/dashboard">Thử lại</a></p>
    </main>`,
  );
}

export function anomalyText(a: Anomaly): string {
  switch (a.kind) {
    case 'silent':
      return a.lastSyncAt === null
        ? `${a.name}: chưa đồng bộ lần nào.`
        : `${a.name}: không đồng bộ ${countVi(a.days ?? 0)} ngày (lần cuối ${dateTimeVi(a.lastSyncAt)}).`;
    case 'drop':
      return `${a.name}: tỷ lệ thu đoàn phí tháng ${monthVi(a.month)} giảm ${pointsVi(a.points)} (từ ${percentVi(a.from)} xuống ${percentVi(a.to)}).`;
    case 'unpaid':
      return `${a.name}: ${countVi(a.members)} đoàn viên chưa đóng đoàn phí từ 6 tháng trở lên.`;
  }
}

function anomaliesSection(f: DashboardFigures): Html {
  return html`<section aria-labelledby="anomalies-title">
    <h2 id="anomalies-title">Cần chú ý</h2>
    <p class="note">
      CĐCS không đồng bộ quá 30 ngày; tỷ lệ thu giảm quá ${percentVi(f.dropPoints).replace('%', '')} điểm so với tháng
      trước; đoàn viên chưa đóng đoàn phí từ 6 tháng trở lên.
    </p>
    ${
      f.anomalies.length
        ? html`<ul class="anomalies" id="anomalies">
            ${f.anomalies.map((a) => html`<li data-kind="${a.kind}" data-org-id="${a.orgId}">${anomalyText(a)}</li>`)}
          </ul>`
        : html`<p class="calm" id="anomalies">Không có bất thường.</p>`
    }
  </section>`;
}

function orgRow(o: OrgFigures): Html {
  return html`<tr id="org-${o.id}" data-org-id="${o.id}">
    <td data-col="name">${o.name}</td>
    <td data-col="members">${countVi(o.members)}</td>
    <td data-col="women">${countVi(o.women)}</td>
    <td data-col="women-percent">${percentVi(o.womenPercent)}</td>
    <td data-col="admitted">${countVi(o.admitted)}</td>
    <td data-col="left">${countVi(o.left)}</td>
    <td data-col="unpaid" class="${o.unpaidLong ? 'bad' : ''}">${countVi(o.unpaidLong)}</td>
    <td data-col="last-sync" class="${o.lastSyncAt ? '' : 'none'}">
      ${o.lastSyncAt ? dateTimeVi(o.lastSyncAt) : 'Chưa đồng bộ'}
    </td>
  </tr>`;
}

function orgsSection(f: DashboardFigures): Html {
  const sum = (pick: (o: OrgFigures) => number) => f.orgs.reduce((n, o) => n + pick(o), 0);
  const members = sum((o) => o.members);
  const women = sum((o) => o.women);
  return html`<section aria-labelledby="orgs-title">
    <h2 id="orgs-title">Đoàn viên và đồng bộ (${countVi(f.orgs.length)} CĐCS)</h2>
    <table id="orgs">
      <thead>
        <tr>
          <th scope="col">CĐCS</th>
          <th scope="col">Đoàn viên</th>
          <th scope="col">Nữ</th>
          <th scope="col">Tỷ lệ nữ</th>
          <th scope="col">Kết nạp năm ${f.year}</th>
          <th scope="col">Ra khỏi năm ${f.year}</th>
          <th scope="col">Nợ đoàn phí ≥ 6 tháng</th>
          <th scope="col">Đồng bộ lần cuối</th>
        </tr>
      </thead>
      <tbody>
        ${f.orgs.map(orgRow)}
      </tbody>
      <tfoot>
        <tr id="orgs-total">
          <td>Tổng cộng</td>
          <td>${countVi(members)}</td>
          <td>${countVi(women)}</td>
          <td>${percentVi(members ? Math.round((women / members) * 1000) / 10 : null)}</td>
          <td>${countVi(sum((o) => o.admitted))}</td>
          <td>${countVi(sum((o) => o.left))}</td>
          <td>${countVi(sum((o) => o.unpaidLong))}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>
  </section>`;
}

function ratesSection(f: DashboardFigures): Html {
  const withData = f.orgs.filter((o) => o.months.some((m) => m.closed || m.collected));
  const drops = new Set(f.anomalies.flatMap((a) => (a.kind === 'drop' ? [`${a.orgId} ${a.month}`] : [])));
  const cellClass = (orgId: string, m: MonthFigures) =>
    m.rate === null ? 'none' : drops.has(`${orgId} ${m.month}`) ? 'bad' : '';
  return html`<section aria-labelledby="rates-title">
    <h2 id="rates-title">Tỷ lệ thu đoàn phí theo tháng</h2>
    <p class="note">
      Tỷ lệ thu = số đã thu / số phải thu, chỉ tính cho tháng CĐCS đã khoá sổ. Di chuột lên ô để xem số tiền.
    </p>
    ${
      withData.length
        ? html`<table id="rates" class="rates">
            <thead>
              <tr>
                <th scope="col">CĐCS</th>
                ${f.months.map((m) => html`<th scope="col">${monthVi(m)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${withData.map(
                (o) =>
                  html`<tr id="rates-${o.id}" data-org-id="${o.id}">
                    <td>${o.name}</td>
                    ${o.months.map(
                      (m) =>
                        html`<td
                          data-month="${m.month}"
                          class="${cellClass(o.id, m)}"
                          title="${
                            m.closed
                              ? `Đã thu ${countVi(m.collected)} đ / phải thu ${countVi(m.owed)} đ`
                              : m.collected
                                ? `Đã thu ${countVi(m.collected)} đ (tháng chưa khoá sổ)`
                                : 'Chưa có dữ liệu'
                          }"
                        >
                          ${percentVi(m.rate)}
                        </td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="note" id="rates">Chưa CĐCS nào có dữ liệu đoàn phí.</p>`
    }
  </section>`;
}

export function dashboardPage(f: DashboardFigures, staff: StaffMember): string {
  const title = f.upperName ? `Bảng theo dõi CĐCS — ${f.upperName}` : 'Bảng theo dõi CĐCS';
  return page(
    title,
    html`<header>
        <h1>${title}</h1>
        <div class="who">
          <span>Số liệu lúc ${dateTimeVi(f.at)}</span>
          <a class="button secondary" id="export-xlsx" href="${XLSX_PATH}" download>Tải Excel (.xlsx)</a>
          <span id="staff-name">${staff.name || staff.login}</span>
          <form class="inline" method="post" action="/logout">
            <button type="submit" class="secondary" id="logout">Đăng xuất</button>
          </form>
        </div>
      </header>
      <main>${anomaliesSection(f)} ${orgsSection(f)} ${ratesSection(f)}</main>`,
  );
}
