import type { ReactNode } from 'react';
import { AuditOutlined, ApiOutlined, BankOutlined, CarOutlined, DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import type { Role } from './auth.js';
import type { Messages } from './i18n/index.js';
import { HomePage } from './pages/home/HomePage.js';
import { InboxPage } from './pages/notifications/InboxPage.js';
import { OrganisationsPage } from './pages/admin/OrganisationsPage.js';
import { UsersPage } from './pages/admin/UsersPage.js';
import { TokensPage } from './pages/admin/TokensPage.js';
import { AuditPage } from './pages/admin/AuditPage.js';
import {
  ClusterOutlined,
  CompassOutlined,
  FileDoneOutlined,
  FormOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { ProjectsPage } from './pages/projects/ProjectsPage.js';
import { ProjectDetailPage } from './pages/projects/ProjectDetailPage.js';
import { ProgrammePage } from './pages/programmes/ProgrammePage.js';
import { DashboardPage as ProgrammeDashboardPage } from './pages/programmes/DashboardPage.js';
import { OverviewPage as ProgrammeOverviewPage } from './pages/programmes/OverviewPage.js';
import { ApplicationsPage } from './pages/review/ApplicationsPage.js';
import { ApplicationDetailPage } from './pages/review/ApplicationDetailPage.js';
import { RoundsPage } from './pages/review/RoundsPage.js';
import { ApplyPage } from './pages/review/ApplyPage.js';
import { MyReviewsPage } from './pages/review/MyReviewsPage.js';
import { PublicPilotsPage } from './pages/public/PublicPilotsPage.js';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { QualityProjectsPage } from './pages/quality/QualityProjectsPage.js';
import { ProjectQualityPage } from './pages/quality/ProjectQualityPage.js';
import { VerifyPage } from './pages/verify/VerifyPage.js';
import { BlockOutlined, FireOutlined } from '@ant-design/icons';
import { BimModelsPage } from './pages/bim/BimModelsPage.js';
import { ProjectBimPage } from './pages/bim/ProjectBimPage.js';
import { ProjectCarbonPage } from './pages/carbon/ProjectCarbonPage.js';
import { FactorLibraryPage } from './pages/carbon/FactorLibraryPage.js';
import { RadarChartOutlined } from '@ant-design/icons';
import { SiteOverviewPage } from './pages/site/SiteOverviewPage.js';
import { SitePage } from './pages/site/SitePage.js';

import { AppstoreOutlined, CalculatorOutlined, PieChartOutlined } from '@ant-design/icons';
import { LibraryPage } from './pages/components/LibraryPage.js';
import { ProjectComponentsPage } from './pages/components/ProjectComponentsPage.js';
import { CalculatorPage } from './pages/prefab/CalculatorPage.js';
import { ProjectPrefabPage } from './pages/prefab/ProjectPrefabPage.js';
import { PrefabProjectsPage } from './pages/prefab/PrefabProjectsPage.js';
import { DeleteOutlined as WasteIcon, ScanOutlined as FacilityScanIcon } from '@ant-design/icons';
import { WasteOverviewPage } from './pages/waste/WasteOverviewPage.js';
import { ProjectWastePage } from './pages/waste/ProjectWastePage.js';
import { ManifestSlipPage } from './pages/waste/ManifestSlipPage.js';
import { FacilityManifestPage, FacilityPage } from './pages/waste/FacilityPage.js';

import { AuditOutlined as SupervisionIcon, FundOutlined as SupportIcon } from '@ant-design/icons';
import { SupervisionPage } from './pages/supervision/SupervisionPage.js';
import { ProjectSupervisionPage } from './pages/supervision/ProjectSupervisionPage.js';
import { InspectionPage } from './pages/supervision/InspectionPage.js';
import { NoticePage } from './pages/supervision/NoticePage.js';
import { SupportOverviewPage } from './pages/support/SupportOverviewPage.js';
import { ProjectSupportPage } from './pages/support/ProjectSupportPage.js';

import {
  TrophyOutlined as EvaluationRankIcon,
  ProfileOutlined as EvaluationSchemeIcon,
  CarryOutOutlined as EvaluationMineIcon,
  FileSearchOutlined as EvaluationSummaryIcon,
} from '@ant-design/icons';
import { SchemesPage as EvaluationSchemesPage } from './pages/evaluation/SchemesPage.js';
import { ProjectEvaluationsPage } from './pages/evaluation/ProjectEvaluationsPage.js';
import { EvaluationPage, MyEvaluationsPage } from './pages/evaluation/MyEvaluationsPage.js';
import { RankingPage as EvaluationRankingPage } from './pages/evaluation/RankingPage.js';
import { SummaryPage as EvaluationSummaryPage } from './pages/evaluation/SummaryPage.js';

import {
  LineChartOutlined as TrackingIcon,
  GlobalOutlined as TrackingRegionsIcon,
  UnorderedListOutlined as IndicatorsIcon,
} from '@ant-design/icons';
import { DashboardPage as TrackingDashboardPage } from './pages/tracking/DashboardPage.js';
import { RegionsPage as TrackingRegionsPage } from './pages/tracking/RegionsPage.js';
import { CataloguePage as IndicatorCataloguePage } from './pages/tracking/CataloguePage.js';
import { ProjectTrackingPage } from './pages/tracking/ProjectTrackingPage.js';

import { AimOutlined as PlanningIcon, BookOutlined as MeasuresIcon, BulbOutlined as PracticesIcon } from '@ant-design/icons';
import { PlansPage } from './pages/planning/PlansPage.js';
import { ProjectPlanPage } from './pages/planning/ProjectPlanPage.js';
import { MeasuresPage } from './pages/planning/MeasuresPage.js';
import { PracticesPage } from './pages/practices/PracticesPage.js';
import { VehiclesPage } from './pages/haulage/VehiclesPage.js';
import { PublicPracticesPage } from './pages/practices/PublicPracticesPage.js';
import { ShareAltOutlined as OpenPlatformIcon } from '@ant-design/icons';
import { OpenPlatformPage } from './pages/openPlatform/OpenPlatformPage.js';

/** One sidebar entry: a capability's page, who sees it, and its label in both languages. */
export type NavItem = {
  path: string;
  label: { 'zh-CN': string; en: string };
  icon: ReactNode;
  roles: Role[] | 'any';
  group: NavGroupKey;
  element: ReactNode;
};
/** A signed-in page that is reached by links rather than the sidebar (e.g. a project's detail page). */
export type PageRoute = { path: string; element: ReactNode };
export type NavGroupKey = 'overview' | 'programme' | 'site' | 'evaluation' | 'admin';

export const navGroups: Messages<NavGroupKey> = {
  'zh-CN': { overview: '总览', programme: '试点工作', site: '现场管理', evaluation: '评价与跟踪', admin: '系统管理' },
  en: { overview: 'Overview', programme: 'Pilot programme', site: 'Site', evaluation: 'Evaluation', admin: 'Administration' },
};

// Capabilities add their pages here as they are built; nothing is listed before it works.
export const navItems: NavItem[] = [
  {
    path: '/',
    label: { 'zh-CN': '工作台', en: 'Dashboard' },
    icon: <DashboardOutlined />,
    roles: 'any',
    group: 'overview',
    element: <HomePage />,
  },
  {
    path: '/projects',
    label: { 'zh-CN': '试点项目', en: 'Pilot projects' },
    icon: <ProjectOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'programme',
    element: <ProjectsPage />,
  },
  {
    path: '/programmes/dashboard',
    label: { 'zh-CN': '监管看板', en: 'Regulator dashboard' },
    icon: <CompassOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <ProgrammeDashboardPage />,
  },
  {
    path: '/programmes/overview',
    label: { 'zh-CN': '三地对比', en: 'Regions compared' },
    icon: <ClusterOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <ProgrammeOverviewPage />,
  },
  {
    path: '/programmes',
    label: { 'zh-CN': '实施方案', en: 'Programme' },
    icon: <ScheduleOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <ProgrammePage />,
  },
  {
    path: '/review/rounds',
    label: { 'zh-CN': '申报批次', en: 'Rounds' },
    icon: <FormOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <RoundsPage />,
  },
  {
    path: '/review/applications',
    label: { 'zh-CN': '申报评审', en: 'Applications' },
    icon: <FileDoneOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'programme',
    element: <ApplicationsPage />,
  },
  {
    path: '/review/apply',
    label: { 'zh-CN': '在线申报', en: 'Apply' },
    icon: <SendOutlined />,
    roles: ['enterprise'],
    group: 'programme',
    element: <ApplyPage />,
  },
  {
    path: '/review/mine',
    label: { 'zh-CN': '我的评审', en: 'My reviews' },
    icon: <SolutionOutlined />,
    roles: ['expert'],
    group: 'programme',
    element: <MyReviewsPage />,
  },
  {
    path: '/site',
    label: { 'zh-CN': '智慧工地', en: 'Smart sites' },
    icon: <RadarChartOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <SiteOverviewPage />,
  },
  {
    path: '/quality',
    label: { 'zh-CN': '质量追溯', en: 'Quality traceability' },
    icon: <SafetyCertificateOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <QualityProjectsPage />,
  },
  {
    path: '/bim',
    label: { 'zh-CN': 'BIM 模型', en: 'BIM models' },
    icon: <BlockOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <BimModelsPage />,
  },
  {
    path: '/carbon/factors',
    label: { 'zh-CN': '碳排放因子库', en: 'Carbon factors' },
    icon: <FireOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <FactorLibraryPage />,
  },
  {
    path: '/components',
    label: { 'zh-CN': '标准部品构件库', en: 'Component library' },
    icon: <AppstoreOutlined />,
    roles: 'any',
    group: 'evaluation',
    element: <LibraryPage />,
  },
  {
    path: '/prefab/projects',
    label: { 'zh-CN': '标准化与装配率', en: 'Standardisation & prefab' },
    icon: <PieChartOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <PrefabProjectsPage />,
  },
  {
    path: '/prefab/calculator',
    label: { 'zh-CN': '装配率计算器', en: 'Prefab ratio calculator' },
    icon: <CalculatorOutlined />,
    roles: 'any',
    group: 'evaluation',
    element: <CalculatorPage />,
  },
  {
    path: '/waste',
    label: { 'zh-CN': '建筑垃圾', en: 'Construction waste' },
    icon: <WasteIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <WasteOverviewPage />,
  },
  {
    path: '/haulage/vehicles',
    label: { 'zh-CN': '渣土运输车辆', en: 'Haulage vehicles' },
    icon: <CarOutlined />,
    roles: ['admin', 'regulator', 'carrier'],
    group: 'site',
    element: <VehiclesPage />,
  },
  {
    path: '/facility',
    label: { 'zh-CN': '联单接收', en: 'Receive loads' },
    icon: <FacilityScanIcon />,
    roles: ['facility'],
    group: 'site',
    element: <FacilityPage />,
  },
  {
    path: '/supervision',
    label: { 'zh-CN': '监督检查', en: 'Supervision' },
    icon: <SupervisionIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'programme',
    element: <SupervisionPage />,
  },
  {
    path: '/support',
    label: { 'zh-CN': '政策支持与增量成本', en: 'Support & incremental cost' },
    icon: <SupportIcon />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <SupportOverviewPage />,
  },
  {
    path: '/evaluation/ranking',
    label: { 'zh-CN': '评价排名', en: 'Evaluation ranking' },
    icon: <EvaluationRankIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <EvaluationRankingPage />,
  },
  {
    path: '/evaluation/summary',
    label: { 'zh-CN': '总结评估', en: 'Regional summary' },
    icon: <EvaluationSummaryIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <EvaluationSummaryPage />,
  },
  {
    path: '/evaluation/schemes',
    label: { 'zh-CN': '评价方案', en: 'Evaluation schemes' },
    icon: <EvaluationSchemeIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <EvaluationSchemesPage />,
  },
  {
    path: '/evaluation/mine',
    label: { 'zh-CN': '我的评价任务', en: 'My evaluations' },
    icon: <EvaluationMineIcon />,
    roles: ['expert'],
    group: 'evaluation',
    element: <MyEvaluationsPage />,
  },
  {
    path: '/tracking',
    label: { 'zh-CN': '动态跟踪看板', en: 'Tracking dashboard' },
    icon: <TrackingIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <TrackingDashboardPage />,
  },
  {
    path: '/tracking/regions',
    label: { 'zh-CN': '三地指标对比', en: 'Indicators by region' },
    icon: <TrackingRegionsIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <TrackingRegionsPage />,
  },
  {
    path: '/indicators',
    label: { 'zh-CN': '指标目录', en: 'Indicator catalogue' },
    icon: <IndicatorsIcon />,
    roles: 'any',
    group: 'evaluation',
    element: <IndicatorCataloguePage />,
  },
  {
    path: '/planning',
    label: { 'zh-CN': '绿色策划', en: 'Green plans' },
    icon: <PlanningIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <PlansPage />,
  },
  {
    path: '/planning/measures',
    label: { 'zh-CN': '策划措施库', en: 'Measure library' },
    icon: <MeasuresIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <MeasuresPage />,
  },
  {
    path: '/practices',
    label: { 'zh-CN': '经验做法库', en: 'Practice library' },
    icon: <PracticesIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <PracticesPage />,
  },
  {
    path: '/open-platform',
    label: { 'zh-CN': '开放平台', en: 'Open platform' },
    icon: <OpenPlatformIcon />,
    roles: ['admin', 'regulator', 'enterprise'],
    group: 'admin',
    element: <OpenPlatformPage />,
  },
  {
    path: '/admin/organisations',
    label: { 'zh-CN': '单位管理', en: 'Organisations' },
    icon: <BankOutlined />,
    roles: ['admin', 'regulator'],
    group: 'admin',
    element: <OrganisationsPage />,
  },
  {
    path: '/admin/users',
    label: { 'zh-CN': '用户管理', en: 'Users' },
    icon: <TeamOutlined />,
    roles: ['admin', 'regulator'],
    group: 'admin',
    element: <UsersPage />,
  },
  {
    path: '/admin/tokens',
    label: { 'zh-CN': 'API 令牌', en: 'API tokens' },
    icon: <ApiOutlined />,
    roles: 'any',
    group: 'admin',
    element: <TokensPage />,
  },
  {
    path: '/admin/audit',
    label: { 'zh-CN': '审计日志', en: 'Audit log' },
    icon: <AuditOutlined />,
    roles: ['admin', 'regulator'],
    group: 'admin',
    element: <AuditPage />,
  },
];

export const pageRoutes: PageRoute[] = [
  { path: '/notifications', element: <InboxPage /> },
  { path: '/projects/:id/plan', element: <ProjectPlanPage /> },
  { path: '/projects/:id/evaluations', element: <ProjectEvaluationsPage /> },
  { path: '/evaluation/evaluations/:id', element: <EvaluationPage /> },
  { path: '/projects/:id/tracking', element: <ProjectTrackingPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
  { path: '/review/applications/:id', element: <ApplicationDetailPage /> },
  { path: '/projects/:id/supervision', element: <ProjectSupervisionPage /> },
  { path: '/projects/:id/supervision/inspections/:inspectionId', element: <InspectionPage /> },
  { path: '/supervision/notices/:id', element: <NoticePage /> },
  { path: '/projects/:id/support', element: <ProjectSupportPage /> },
  { path: '/projects/:id/waste', element: <ProjectWastePage /> },
  { path: '/waste/manifests/:id/slip', element: <ManifestSlipPage /> },
  { path: '/facility/manifests/:id', element: <FacilityManifestPage /> },
  { path: '/projects/:projectId/components', element: <ProjectComponentsPage /> },
  { path: '/projects/:projectId/prefab', element: <ProjectPrefabPage /> },
  { path: '/projects/:projectId/bim', element: <ProjectBimPage /> },
  { path: '/projects/:projectId/carbon', element: <ProjectCarbonPage /> },
  { path: '/projects/:id/quality', element: <ProjectQualityPage /> },
  { path: '/projects/:projectId/site', element: <SitePage /> },
];

/** Pages anyone may open without signing in (public pilot list, ledger verification). */
export const publicRoutes: PageRoute[] = [
  { path: '/public/pilots', element: <PublicPilotsPage /> },
  { path: '/public/practices', element: <PublicPracticesPage /> },
  { path: '/verify', element: <VerifyPage /> },
  { path: '/verify/:id', element: <VerifyPage /> },
];

export const canSee = (item: { roles: Role[] | 'any' }, role: Role) => item.roles === 'any' || item.roles.includes(role);
